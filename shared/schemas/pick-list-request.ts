import { z } from 'zod';
import { uuidSchema } from './common';
import { orderFiltersSchema } from './order-filters';

/** Most orders one pick list may cover (a cart holds a few dozen; more is a mistake in the filter). */
export const maxPickListOrders = 500;

/** A pick list is made for chosen orders, or for every order matching the order list's filters. */
export const pickListRequestSchema = z.union([
  z.strictObject({ orderIds: z.array(uuidSchema).min(1).max(maxPickListOrders) }),
  z.strictObject({ filter: orderFiltersSchema }),
]);
export type PickListRequest = z.infer<typeof pickListRequestSchema>;
