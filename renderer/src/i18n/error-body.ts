import { DomainError, type DomainErrorBody } from '../../../shared/errors';
import { domainErrorBodySchema } from '../../../shared/schemas/error-body';

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
