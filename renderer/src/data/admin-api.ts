import { z } from 'zod';
import { DomainError, errorCodes, type ErrorCode, type ErrorIssue } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { serverUrl } from './server-url';

/** Admin screens are online-only: a clear error instead of a silent failure. */
export const NEEDS_CONNECTION = 'Needs a connection to the server. Nothing was saved.';

const errorBodySchema = z.object({
  error: z.object({
    code: z.string().optional(),
    message: z.string().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

function errorCode(code: string | undefined, status: number): ErrorCode {
  const known = errorCodes.find((value) => value === code);
  if (known) return known;
  return status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'INTERNAL';
}

/** Message of a refused request with its field issues (what the user has to fix). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const issues = error instanceof DomainError ? (error.issues ?? []) : [];
  return issues.length === 0
    ? error.message
    : `${error.message}: ${issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`;
}

/**
 * One admin REST call (`/api/v1/admin/...`) with the staff token; the answer is checked against the
 * shared zod schema. Refusals become a DomainError carrying the server's code, message and issues.
 */
export async function adminRequest<Schema extends z.ZodType>(
  token: string,
  path: string,
  schema: Schema,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH'; body?: unknown; idempotent?: boolean } = {},
): Promise<z.infer<Schema>> {
  const method = options.method ?? 'GET';
  let response: Response;
  try {
    response = await fetch(`${serverUrl()}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.idempotent ? { 'idempotency-key': newId() } : {}),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new DomainError('INTERNAL', NEEDS_CONNECTION);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    const error = parsed.success ? parsed.data.error : undefined;
    const issues: ErrorIssue[] | undefined = error?.issues;
    throw new DomainError(
      errorCode(error?.code, response.status),
      error?.message ?? `${response.status} ${response.statusText}`,
      issues ? { issues } : {},
    );
  }
  return schema.parse(body);
}
