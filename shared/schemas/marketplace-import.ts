import { z } from 'zod';
import { uuidSchema } from './common';
import { exceptionStatusSchema, gtin14Schema, marketplaceNameSchema } from './order-exception';

/** An exception of an imported order, as the import answer lists it. */
export const importedExceptionSchema = z.object({
  id: uuidSchema,
  gtin: gtin14Schema,
  title: z.string(),
  quantity: z.number().int(),
  status: exceptionStatusSchema,
});

/** The outcome of one feed order: created, already imported (nothing changed) or refused with reasons. */
export const importOrderResultSchema = z.object({
  /** null when the feed order carried no readable externalId. */
  externalId: z.string().nullable(),
  status: z.enum(['created', 'unchanged', 'failed']),
  orderId: uuidSchema.optional(),
  orderNumber: z.string().optional(),
  exceptions: z.array(importedExceptionSchema).optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ImportOrderResult = z.infer<typeof importOrderResultSchema>;

export const importFeedResponseSchema = z.object({
  marketplace: marketplaceNameSchema,
  created: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
  results: z.array(importOrderResultSchema),
});
export type ImportFeedResponse = z.infer<typeof importFeedResponseSchema>;
