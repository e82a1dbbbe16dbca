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

export interface ErrorIssue {
  path: string;
  message: string;
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
export function issuesFromZod(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): ErrorIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((part) => String(part)).join('.'),
    message: issue.message,
  }));
}

/** Parses `input` with `schema` or throws BAD_INPUT naming every invalid field. */
export function parseOrThrow<T>(
  schema: {
    safeParse: (
      input: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
  what = 'input',
): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new DomainError('BAD_INPUT', `Invalid ${what}`, {
    issues: issuesFromZod(result.error.issues),
  });
}
