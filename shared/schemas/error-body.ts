import { z } from 'zod';
import { errorCodes } from '../errors';

/** What an issue may add to its field and sentence: the zod check that failed and its bound. */
const issueDetailSchema = z
  .object({ code: z.string(), origin: z.string(), limit: z.number(), format: z.string() })
  .partial();

/** One invalid field of the error contract (`ErrorIssue`), as it arrives as JSON. */
export const errorIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  ...issueDetailSchema.shape,
});

/** The error contract's body, as it arrives over REST, tRPC, from the outbox or in a command outcome. */
export const domainErrorBodySchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(errorIssueSchema).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
