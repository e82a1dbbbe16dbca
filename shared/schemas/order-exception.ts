import { z } from 'zod';
import { uuidSchema, isoDateTimeSchema, moneySchema, currencySchema } from './common';

/** GTIN in its normalised 14-digit form (see shared/domain/exceptions/gtin.ts). */
export const gtin14Schema = z.string().regex(/^\d{14}$/, 'GTIN normalised to 14 digits');

export const marketplaceNameSchema = z.string().trim().min(1).max(60);

export const exceptionStatusSchema = z.enum(['open', 'resolved', 'ignored']);
export type ExceptionStatus = z.infer<typeof exceptionStatusSchema>;

export const resolutionKindSchema = z.enum(['manual', 'automatic', 'bulk']);
export type ResolutionKind = z.infer<typeof resolutionKindSchema>;

/** How an exception was closed: the product chosen (resolved) or the reason (ignored), by whom, when. */
export const exceptionResolutionSchema = z.object({
  kind: resolutionKindSchema,
  /** The catalog product chosen; absent when the item was ignored. */
  productId: uuidSchema.optional(),
  /** The user who acted; absent for automatic resolution. */
  by: uuidSchema.optional(),
  byName: z.string().max(200).optional(),
  at: isoDateTimeSchema,
  note: z.string().max(1000).optional(),
  /** Why the item was ignored (required then). */
  reason: z.string().max(500).optional(),
  /** Whether the GTIN → product mapping was remembered for future imports. */
  remembered: z.boolean().optional(),
});
export type ExceptionResolution = z.infer<typeof exceptionResolutionSchema>;

/**
 * An imported marketplace item whose GTIN matched no catalog product (PRODUCT.md §3, §5).
 * The marketplace's title and price are kept as they came; `unitPrice` is net minor units.
 */
export const orderItemExceptionSchema = z
  .object({
    id: uuidSchema,
    storeId: uuidSchema,
    orderId: uuidSchema,
    orderItemId: uuidSchema,
    orderNumber: z.string().min(1).max(40),
    marketplace: marketplaceNameSchema,
    externalOrderId: z.string().max(120).nullable(),
    gtin: gtin14Schema,
    title: z.string().min(1).max(300),
    unitPrice: moneySchema.nonnegative(),
    currency: currencySchema,
    quantity: z.number().int().positive(),
    status: exceptionStatusSchema,
    /** null while open. */
    resolution: exceptionResolutionSchema.nullable(),
    version: z.number().int().nonnegative(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .refine((value) => (value.status === 'open') === (value.resolution === null), {
    message: 'An open exception has no resolution; a closed one has one',
    path: ['resolution'],
  });
export type OrderItemException = z.infer<typeof orderItemExceptionSchema>;

/** A remembered decision: this marketplace's GTIN is this catalog product (used by future imports). */
export const marketplaceMappingSchema = z.object({
  id: uuidSchema,
  storeId: uuidSchema,
  marketplace: marketplaceNameSchema,
  gtin: gtin14Schema,
  productId: uuidSchema,
  createdBy: uuidSchema.nullable(),
  version: z.number().int().nonnegative(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type MarketplaceMapping = z.infer<typeof marketplaceMappingSchema>;

/** The mapping fields a resolution asks the server to upsert (keyed by store, marketplace, GTIN). */
export type MarketplaceMappingDraft = Pick<
  MarketplaceMapping,
  'storeId' | 'marketplace' | 'gtin' | 'productId' | 'createdBy'
>;

/** Inputs of the exception endpoints and commands (API.md). */
export const resolveExceptionInputSchema = z.object({
  productId: uuidSchema,
  remember: z.boolean().default(false),
  note: z.string().trim().max(1000).optional(),
});
export type ResolveExceptionInput = z.infer<typeof resolveExceptionInputSchema>;

export const ignoreExceptionInputSchema = z.object({
  reason: z.string().trim().min(1, 'A reason is required').max(500),
});
export type IgnoreExceptionInput = z.infer<typeof ignoreExceptionInputSchema>;

export const bulkResolveExceptionsInputSchema = z.object({
  gtin: z.string().trim().min(1).max(32),
  productId: uuidSchema,
  remember: z.boolean().default(false),
  note: z.string().trim().max(1000).optional(),
});
export type BulkResolveExceptionsInput = z.infer<typeof bulkResolveExceptionsInputSchema>;

export const exceptionListQuerySchema = z.object({
  status: exceptionStatusSchema.optional(),
  gtin: z.string().trim().min(1).max(32).optional(),
});
export type ExceptionListQuery = z.infer<typeof exceptionListQuerySchema>;
