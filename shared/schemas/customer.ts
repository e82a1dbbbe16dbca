import { z } from 'zod';
import { uuidSchema, isoDateTimeSchema, addressSchema } from './common';

/** Buyer reference (EN 16931 BT-10), e.g. a German public buyer's Leitweg-ID; printed in e-invoices. */
export const buyerReferenceSchema = z.string().trim().min(1).max(100);

export const customerTypeSchema = z.enum(['b2c', 'b2b']);
export type CustomerType = z.infer<typeof customerTypeSchema>;

/** One customer identity whatever the channel (storefront account, guest, marketplace buyer). */
export const customerSchema = z.object({
  id: uuidSchema,
  storeId: uuidSchema,
  email: z.email(),
  name: z.string().min(1).max(200),
  type: customerTypeSchema,
  vatNumber: z.string().max(20).optional(),
  buyerReference: buyerReferenceSchema.optional(),
  defaultAddress: addressSchema.optional(),
  createdAt: isoDateTimeSchema,
});
export type Customer = z.infer<typeof customerSchema>;

/** The customer as recorded on an order when it was placed. */
export const customerSnapshotSchema = z.object({
  name: z.string().min(1).max(200),
  email: z.email(),
  type: customerTypeSchema,
  vatNumber: z.string().max(20).optional(),
  /** BT-10; when present the invoice's e-invoice is an XRechnung. */
  buyerReference: buyerReferenceSchema.optional(),
});
export type CustomerSnapshot = z.infer<typeof customerSnapshotSchema>;
