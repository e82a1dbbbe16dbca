import type { FastifyServerOptions } from 'fastify';

/** Fastify's logger settings: quiet in tests, readable JSON elsewhere. */
export function loggerOptions(level: string | undefined): NonNullable<FastifyServerOptions['logger']> {
  const resolved = level ?? (process.env.NODE_ENV === 'test' || process.env.VITEST ? 'silent' : 'info');
  return { level: resolved };
}

/** The one place server code writes to the console outside a request (start-up lines). */
export function announce(message: string): void {
  process.stdout.write(`${message}\n`);
}
