import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** The server's helmet settings: every directive is a fixed string, so the headers never vary by request. */
export const securityHeaderOptions: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      connectSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'"],
      objectSrc: ["'self'", 'blob:'],
      frameSrc: ["'self'", 'blob:'],
      workerSrc: ["'self'", 'blob:'],
    },
  },
  crossOriginEmbedderPolicy: false,
};

/**
 * The headers helmet sets with `options`, computed once: helmet's middleware runs against a response
 * that only records them. Lower-case names, as Fastify keeps them.
 */
export function securityHeaders(
  options: Readonly<HelmetOptions> = securityHeaderOptions,
): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failed: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failed = error;
  });
  if (failed) throw failed instanceof Error ? failed : new Error('helmet refused its options');
  return headers;
}

/**
 * Security headers on every answer (REST, tRPC, renderer, 404s and errors), as @fastify/helmet would
 * send them, but from one precomputed set: @fastify/helmet builds helmet's middleware (parsing the
 * CSP directives) anew on every request, which was most of a cached REST read's cost.
 */
export function installSecurityHeaders(server: FastifyInstance): void {
  const entries = Object.entries(securityHeaders());
  server.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of entries) reply.raw.setHeader(name, value);
    done();
  });
}
