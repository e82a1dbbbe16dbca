import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';

function emailOf(request: FastifyRequest): string {
  const body = request.body;
  const email = typeof body === 'object' && body !== null ? (body as { email?: unknown }).email : undefined;
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : '';
}

/**
 * Login throttling: 10 attempts a minute per client IP and e-mail (checked after the body is
 * parsed, so guessing one account's password and spraying many accounts are both slowed down).
 */
export function loginRateLimit(group: string): RateLimitOptions {
  return {
    // 20 attempts a minute per address and e-mail: plenty for people, too few for guessing passwords
    max: 20,
    timeWindow: 60_000,
    hook: 'preHandler',
    groupId: group,
    keyGenerator: (request) => `${request.ip}|${emailOf(request)}`,
  };
}
