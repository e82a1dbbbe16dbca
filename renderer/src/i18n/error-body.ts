import { z } from 'zod';
import { DomainError, errorCodes, type DomainErrorBody } from '../../../shared/errors';

const issueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  origin: z.string().optional(),
  limit: z.number().optional(),
  format: z.string().optional(),
});

/** The error contract's body, as it arrives over REST, tRPC or from the outbox. */
export const domainErrorBodySchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(issueSchema).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** No answer from the server at all (offline, server down). */
export const NETWORK = 'NETWORK';

/**
 * The domain error inside anything a call can throw or return: a DomainError, a body, a REST
 * `{ error: body }`, a tRPC client error (`data.domain`), or NETWORK when the server was not reached.
 */
export function errorBodyOf(error: unknown): DomainErrorBody | typeof NETWORK {
  if (error instanceof DomainError) return error.toBody();
  if (error instanceof TypeError) return NETWORK;
  const direct = domainErrorBodySchema.safeParse(error);
  if (direct.success) return direct.data;
  if (typeof error === 'object' && error !== null) {
    const rest = domainErrorBodySchema.safeParse((error as { error?: unknown }).error);
    if (rest.success) return rest.data;
    if ('data' in error) {
      const data: unknown = error.data;
      if (data === null || data === undefined) return NETWORK;
      const trpc = domainErrorBodySchema.safeParse((data as { domain?: unknown }).domain);
      if (trpc.success) return trpc.data;
    }
  }
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
