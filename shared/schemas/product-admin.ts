import { z } from 'zod';
import { isoDateTimeSchema, vatCategorySchema } from './common';
import { productSchema } from './product';

/** `GET /api/v1/admin/products`: `q` on name or SKU (substring) or GTIN (exact, any GTIN length). */
export const productListQuerySchema = z.object({
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).max(1000).optional(),
});
export type ProductListQuery = z.infer<typeof productListQuerySchema>;

export const productPageSchema = z.object({
  items: z.array(productSchema),
  nextCursor: z.string().nullable(),
});

/** A stock correction: either a change (`delta`, e.g. -2 for breakage) or a counted quantity (`onHand`), always with a reason. */
export const stockAdjustmentInputSchema = z
  .object({
    delta: z.number().int().min(-1_000_000).max(1_000_000).optional(),
    onHand: z.number().int().nonnegative().max(100_000_000).optional(),
    reason: z.string().trim().min(1, 'A reason is required').max(500),
  })
  .refine((value) => (value.delta === undefined) !== (value.onHand === undefined), {
    message: 'Give either delta or onHand',
    path: ['delta'],
  })
  .refine((value) => value.delta !== 0, { message: 'A change of 0 changes nothing', path: ['delta'] });
export type StockAdjustmentInput = z.infer<typeof stockAdjustmentInputSchema>;

/** `PATCH /api/v1/admin/products/{id}`: any of the fields; `expectedVersion` guards against a lost update. */
export const updateProductInputSchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    sku: z.string().trim().min(1).max(64),
    priceNet: z.number().int().nonnegative(),
    vatCategory: vatCategorySchema,
    weightGrams: z.number().int().nonnegative(),
    stockAdjustment: stockAdjustmentInputSchema,
    expectedVersion: z.number().int().nonnegative(),
  })
  .partial()
  .refine((value) => Object.keys(value).some((key) => key !== 'expectedVersion'), 'Nothing to change');
export type UpdateProductInput = z.infer<typeof updateProductInputSchema>;

/** One recorded stock correction. */
export const stockAdjustmentSchema = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  delta: z.number().int(),
  onHandBefore: z.number().int(),
  onHandAfter: z.number().int(),
  reason: z.string(),
  userId: z.uuid(),
  at: isoDateTimeSchema,
});
export type StockAdjustment = z.infer<typeof stockAdjustmentSchema>;
