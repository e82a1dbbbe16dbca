import { z } from 'zod';
import { uuidSchema, moneySchema, isoDateTimeSchema, currencySchema } from './common';

/** Per customer and store: kept current as orders change (PRODUCT.md §3). */
export const customerOrderStatsSchema = z.object({
  id: uuidSchema,
  storeId: uuidSchema,
  customerId: uuidSchema,
  currency: currencySchema,
  orderCount: z.number().int().nonnegative(),
  cancelledCount: z.number().int().nonnegative(),
  totalSpentNet: moneySchema,
  totalSpentGross: moneySchema,
  averageOrderValueGross: moneySchema,
  refundedTotal: moneySchema,
  firstOrderAt: isoDateTimeSchema.nullable(),
  lastOrderAt: isoDateTimeSchema.nullable(),
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema,
});
export type CustomerOrderStats = z.infer<typeof customerOrderStatsSchema>;
