import type { z } from 'zod';
import { DomainError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { domainErrorBodySchema } from '../../../shared/schemas/error-body';
import { serverUrl } from './server-url';

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiOptions {
  method?: ApiMethod;
  body?: unknown;
  /** Sends a fresh Idempotency-Key so a retried create is applied once. */
  idempotent?: boolean;
}

/** The status a refusal without a readable body stands for. */
function fallbackBody(status: number, statusText: string) {
  const code =
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 404
          ? 'NOT_FOUND'
          : status < 500
            ? 'BAD_INPUT'
            : 'INTERNAL';
  return { code, message: statusText || String(status) } as const;
}

/**
 * The one REST call of the renderer (`/api/v1/...` with the staff token). The answer is checked
 * against the given zod schema. A refusal (4xx/5xx) rejects with the shared DomainError carrying the
 * server's code, message and issues; no answer at all rejects with a TypeError, which `useErrorText`
 * words as "needs a connection". Screens call it only from TanStack Query hooks.
 */
export async function apiRequest<Schema extends z.ZodType>(
  token: string,
  path: string,
  schema: Schema,
  options: ApiOptions = {},
): Promise<z.infer<Schema>> {
  const response = await fetch(`${serverUrl()}${path}`, {
    method: options.method ?? 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.idempotent ? { 'idempotency-key': newId() } : {}),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (response.ok) return schema.parse(parsed);
  const body = domainErrorBodySchema.safeParse(
    typeof parsed === 'object' && parsed !== null && 'error' in parsed ? parsed.error : undefined,
  );
  throw DomainError.fromBody(body.success ? body.data : fallbackBody(response.status, response.statusText));
}
