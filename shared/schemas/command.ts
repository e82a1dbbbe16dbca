import { z } from 'zod';
import { uuidSchema, isoDateTimeSchema } from './common';
import { domainErrorBodySchema } from './error-body';

/** A user action travelling from a device to the server (PRODUCT.md §9). */
export const commandSchema = z.object({
  /** UUIDv7, also the idempotency key. */
  id: uuidSchema,
  type: z.string().min(1).max(64),
  targetId: uuidSchema,
  /** The target's version the user saw when acting; null when creating. */
  expectedVersion: z.number().int().nonnegative().nullable(),
  payload: z.unknown(),
  userId: uuidSchema,
  deviceId: z.string().min(1).max(64),
  createdAt: isoDateTimeSchema,
});
export type Command = z.infer<typeof commandSchema>;

export const commandOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    commandId: uuidSchema,
    status: z.literal('applied'),
    /** The target's version after the command was applied. */
    version: z.number().int(),
  }),
  z.object({
    commandId: uuidSchema,
    status: z.literal('rejected'),
    error: domainErrorBodySchema,
  }),
]);
export type CommandOutcome = z.infer<typeof commandOutcomeSchema>;
