import { z } from 'zod';
import { orderStatusSchema, paymentStatusSchema, fulfillmentStatusSchema, channelSchema } from './order';

/** List filters shared by the REST list, the export and the app's order list. */
export const orderFiltersSchema = z.object({
  status: orderStatusSchema.optional(),
  paymentStatus: paymentStatusSchema.optional(),
  fulfillmentStatus: fulfillmentStatusSchema.optional(),
  channel: channelSchema.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  tag: z.string().trim().min(1).max(50).optional(),
  /** Shipping country (ISO alpha-2). */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code')
    .optional(),
  /** `true`: only orders with open item exceptions; `false`: only orders without. */
  hasExceptions: z.stringbool().optional(),
});
export type OrderFilters = z.infer<typeof orderFiltersSchema>;

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
});
