import { z } from 'zod';
import { uuidSchema, moneySchema, countryCodeSchema, isoDateTimeSchema } from './common';

export const priceRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flat'), amount: moneySchema.nonnegative() }),
  z.object({
    kind: z.literal('weight_bands'),
    bands: z
      .array(z.object({ upToGrams: z.number().int().positive(), amount: moneySchema.nonnegative() }))
      .min(1),
  }),
  z.object({
    kind: z.literal('free_above'),
    amount: moneySchema.nonnegative(),
    freeFromSubtotal: moneySchema.nonnegative(),
  }),
]);
export type PriceRule = z.infer<typeof priceRuleSchema>;

export const shippingMethodSchema = z.object({
  id: uuidSchema,
  storeId: uuidSchema,
  name: z.string().min(1).max(100),
  carrier: z.string().min(1).max(100),
  countries: z.array(countryCodeSchema).min(1),
  priceRule: priceRuleSchema,
  /** `{tracking}` is replaced by the tracking number. */
  trackingUrlTemplate: z.string().max(500),
  active: z.boolean(),
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema,
});
export type ShippingMethod = z.infer<typeof shippingMethodSchema>;
