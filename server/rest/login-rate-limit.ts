import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';

function emailOf(request: FastifyRequest): string {
  const body = request.body;
  const email = typeof body === 'object' && body !== null ? (body as { email?: unknown }).email : undefined;
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : '';
}

/** Attempts a minute per address and e-mail; ORDER_DESK_LOGIN_RATE_LIMIT overrides it (the e2e server logs in often). */
const maxAttempts = Number(process.env.ORDER_DESK_LOGIN_RATE_LIMIT ?? 20);

/**
 * Login throttling: 20 attempts a minute per client IP and e-mail (checked after the body is
 * parsed, so guessing one account's password and spraying many accounts are both slowed down).
 */
export function loginRateLimit(group: string): RateLimitOptions {
  return {
    max: Number.isFinite(maxAttempts) && maxAttempts > 0 ? maxAttempts : 20,
    timeWindow: 60_000,
    hook: 'preHandler',
    groupId: group,
    keyGenerator: (request) => `${request.ip}|${emailOf(request)}`,
  };
}
