import { z } from 'zod';
import { uuidSchema, isoDateTimeSchema } from './common';

/** A workstation registered to a store; its short code names its invoice series. */
export const deviceSchema = z.object({
  id: z.string().min(8).max(64),
  storeId: uuidSchema,
  code: z.string().regex(/^[A-Z0-9]{2,8}$/),
  registeredAt: isoDateTimeSchema,
  lastSeenAt: isoDateTimeSchema,
});
export type Device = z.infer<typeof deviceSchema>;
