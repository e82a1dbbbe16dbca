import { z } from 'zod';
import { uuidSchema, moneySchema, vatCategorySchema, isoDateTimeSchema } from './common';

export const productSchema = z.object({
  id: uuidSchema,
  storeId: uuidSchema,
  gtin: z
    .string()
    .regex(/^\d{14}$/, 'GTIN stored as 14 digits')
    .optional(),
  sku: z.string().min(1).max(64),
  name: z.string().min(1).max(300),
  priceNet: moneySchema.nonnegative(),
  vatCategory: vatCategorySchema,
  weightGrams: z.number().int().nonnegative(),
  /** Bin or shelf location in the warehouse (e.g. `A-03-2`); pick lists walk the shelves in this order. */
  location: z.string().trim().min(1).max(40).optional(),
  stock: z.object({
    onHand: z.number().int(),
    reserved: z.number().int().nonnegative(),
    available: z.number().int(),
  }),
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema,
});
export type Product = z.infer<typeof productSchema>;
