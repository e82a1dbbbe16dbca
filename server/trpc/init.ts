import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';
import type { DomainError } from '../../shared/errors';
import { isDomainError, issuesFromZod, type DomainErrorBody, type ErrorCode } from '../../shared/errors';
import type { StaffUser } from '../../shared/schemas/user';
import type { AppContext } from '../services/app-context';

export interface TrpcContext {
  app: AppContext;
  token: string | undefined;
}

const trpcCodeByDomainCode: Record<ErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_INPUT: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  DEVICE_REVOKED: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  VERSION_CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'CONFLICT',
  BUSINESS_RULE: 'UNPROCESSABLE_CONTENT',
  PAYMENT_DECLINED: 'PAYMENT_REQUIRED',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  NOT_CONFIGURED: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

/** The domain error body of any error thrown in a procedure; unknown errors are hidden. */
export function domainBodyOf(error: unknown): DomainErrorBody {
  const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
  if (isDomainError(cause)) return cause.toBody();
  if (cause instanceof ZodError) {
    return { code: 'BAD_INPUT', message: 'Invalid input', issues: issuesFromZod(cause.issues) };
  }
  if (error instanceof TRPCError && error.code === 'BAD_REQUEST')
    return { code: 'BAD_INPUT', message: error.message };
  if (error instanceof TRPCError && error.code === 'NOT_FOUND')
    return { code: 'NOT_FOUND', message: error.message };
  if (error instanceof TRPCError && error.code === 'PARSE_ERROR')
    return { code: 'BAD_INPUT', message: error.message };
  if (error instanceof TRPCError && error.code === 'METHOD_NOT_SUPPORTED')
    return { code: 'BAD_INPUT', message: error.message };
  return { code: 'INTERNAL', message: 'Internal error' };
}

const t = initTRPC.context<TrpcContext>().create({
  errorFormatter({ shape, error }) {
    const domain = domainBodyOf(error);
    return { ...shape, message: domain.message, data: { ...shape.data, stack: undefined, domain } };
  },
});

/** Rethrows a DomainError as a TRPCError with the matching code (the body travels in `cause`). */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDomainError(result.error.cause)) {
    const cause: DomainError = result.error.cause;
    throw new TRPCError({ code: trpcCodeByDomainCode[cause.code], message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(domainErrors);
export const createCallerFactory = t.createCallerFactory;

export type { StaffUser };
