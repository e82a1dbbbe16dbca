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
  stock: z.object({
    onHand: z.number().int(),
    reserved: z.number().int().nonnegative(),
    available: z.number().int(),
  }),
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema,
});
export type Product = z.infer<typeof productSchema>;
