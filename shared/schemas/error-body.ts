import { z } from 'zod';
import { errorCodes } from '../errors';

/** One invalid field of the error contract (`ErrorIssue`), as it arrives as JSON. */
export const errorIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  origin: z.string().optional(),
  limit: z.number().optional(),
  format: z.string().optional(),
});

/** The error contract's body, as it arrives over REST, tRPC, from the outbox or in a command outcome. */
export const domainErrorBodySchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(errorIssueSchema).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
