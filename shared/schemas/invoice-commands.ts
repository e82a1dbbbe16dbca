import { z } from 'zod';
import { isoDateSchema, uuidSchema } from './common';
import { invoiceSchema } from './invoice';

/** Payload of the offline `invoice.issue` command: the number was allocated on the device from its own series. */
export const issueInvoicePayloadSchema = z.object({
  invoiceId: uuidSchema,
  orderId: uuidSchema,
  number: z.string().min(1).max(60),
  series: z.string().min(1).max(50),
  sequence: z.number().int().positive(),
  issueDate: isoDateSchema,
  /**
   * The invoice exactly as the device issued and printed it: the document of record. The server
   * stores it as is and reports any disagreement with its own order as a problem (credit note to fix).
   * Absent only in commands queued by older app versions (then the server builds it from its order).
   */
  invoice: invoiceSchema.optional(),
});
export type IssueInvoicePayload = z.infer<typeof issueInvoicePayloadSchema>;
