import { z } from 'zod';
import { isoDateSchema, uuidSchema } from './common';

/** Payload of the offline `invoice.issue` command: the number was allocated on the device from its own series. */
export const issueInvoicePayloadSchema = z.object({
  invoiceId: uuidSchema,
  orderId: uuidSchema,
  number: z.string().min(1).max(60),
  series: z.string().min(1).max(50),
  sequence: z.number().int().positive(),
  issueDate: isoDateSchema,
});
export type IssueInvoicePayload = z.infer<typeof issueInvoicePayloadSchema>;
