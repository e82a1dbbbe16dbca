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

/** Bands must grow strictly so a weight falls in exactly one; a template must be http(s) with `{tracking}`. */
const shippingMethodFields = z.object({
  name: z.string().trim().min(1).max(100),
  carrier: z.string().trim().min(1).max(100),
  countries: z.array(countryCodeSchema).min(1).max(250),
  priceRule: priceRuleSchema.refine(
    (rule) =>
      rule.kind !== 'weight_bands' ||
      rule.bands.every((band, i) => i === 0 || band.upToGrams > (rule.bands[i - 1]?.upToGrams ?? 0)),
    { message: 'Weight bands must be in strictly increasing order', path: ['bands'] },
  ),
  trackingUrlTemplate: z
    .string()
    .trim()
    .max(500)
    .refine(
      (template) => template === '' || (/^https?:\/\//.test(template) && template.includes('{tracking}')),
      {
        message: 'Use an http(s) URL containing {tracking}, or leave empty',
      },
    ),
  active: z.boolean(),
});

/** Body of POST /api/v1/admin/shipping-methods. */
export const shippingMethodInputSchema = shippingMethodFields.extend({ active: z.boolean().default(true) });
export type ShippingMethodInput = z.infer<typeof shippingMethodInputSchema>;

/** Body of PATCH /api/v1/admin/shipping-methods/{id}: any subset of the fields. */
export const shippingMethodPatchSchema = shippingMethodFields
  .partial()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'Nothing to change',
  });
export type ShippingMethodPatch = z.infer<typeof shippingMethodPatchSchema>;
