import { findInvalidText } from './text';

/** The one error type of Order Desk: a code from a closed union, a message for humans, optional issues. */
export const errorCodes = [
  'BAD_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  /** The workstation was revoked by an admin: it signs out and deletes its local copy. */
  'DEVICE_REVOKED',
  'NOT_FOUND',
  'CONFLICT',
  'VERSION_CONFLICT',
  'INVALID_TRANSITION',
  'BUSINESS_RULE',
  'PAYMENT_DECLINED',
  'RATE_LIMITED',
  /** A server feature needs configuration that is missing (e.g. the payment webhook secret). */
  'NOT_CONFIGURED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * One invalid field: its path (`items.0.quantity`), an English message, and — when it came from a
 * schema — the zod issue code and limit, so each client can say it in its user's language.
 */
export interface ErrorIssue {
  path: string;
  message: string;
  /** zod issue code (`too_small`, `too_big`, `invalid_type`, `invalid_format`, `invalid_value`, `custom`…). */
  code?: string | undefined;
  /** What was measured (`string`, `number`, `array`…) for too_small / too_big. */
  origin?: string | undefined;
  /** The minimum or maximum for too_small / too_big. */
  limit?: number | undefined;
  /** The expected format for invalid_format (`email`, `regex`…). */
  format?: string | undefined;
}

/** The part of a zod issue the error contract keeps. */
interface ZodIssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
}

function issueFromZod(issue: ZodIssueLike): ErrorIssue {
  const limit = issue.minimum ?? issue.maximum;
  return {
    path: issue.path.map((part) => String(part)).join('.'),
    message: issue.message,
    ...(issue.code ? { code: issue.code } : {}),
    ...(typeof issue.origin === 'string' ? { origin: issue.origin } : {}),
    ...(typeof limit === 'number' || typeof limit === 'bigint' ? { limit: Number(limit) } : {}),
    ...(typeof issue.format === 'string' ? { format: issue.format } : {}),
  };
}

/** HTTP status for each code; the only place where codes meet HTTP. */
export const httpStatusByCode: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  DEVICE_REVOKED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  INVALID_TRANSITION: 409,
  BUSINESS_RULE: 422,
  PAYMENT_DECLINED: 402,
  RATE_LIMITED: 429,
  NOT_CONFIGURED: 503,
  INTERNAL: 500,
};

export interface DomainErrorBody {
  code: ErrorCode;
  message: string;
  issues?: ErrorIssue[] | undefined;
  details?: Record<string, unknown> | undefined;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { issues?: ErrorIssue[]; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = extra.issues;
    this.details = extra.details;
  }

  toBody(): DomainErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }

  static fromBody(body: DomainErrorBody): DomainError {
    return new DomainError(body.code, body.message, {
      ...(body.issues ? { issues: body.issues } : {}),
      ...(body.details ? { details: body.details } : {}),
    });
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

/** Turns zod issues into the structured `issues` list of the error contract. */
export function issuesFromZod(issues: readonly ZodIssueLike[]): ErrorIssue[] {
  return issues.map(issueFromZod);
}

/** Parses `input` with `schema` or throws BAD_INPUT naming every invalid field. */
export function parseOrThrow<T>(
  schema: {
    safeParse: (
      input: unknown,
    ) => { success: true; data: T } | { success: false; error: { issues: ZodIssueLike[] } };
  },
  input: unknown,
  what = 'input',
): T {
  assertValidText(input, what);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new DomainError('BAD_INPUT', `Invalid ${what}`, {
    issues: issuesFromZod(result.error.issues),
  });
}

/** Throws BAD_INPUT naming the first string or key that is not valid Unicode text (see findInvalidText). */
export function assertValidText(value: unknown, what: string): void {
  const issue = findInvalidText(value);
  if (issue !== undefined) throw new DomainError('BAD_INPUT', `Invalid ${what}`, { issues: [issue] });
}
