import type { FastifyError, FastifyInstance } from 'fastify';
import { httpStatusByCode, isDomainError, type DomainErrorBody } from '../../shared/errors';

/** Maps every error to the structured body of API.md; unknown errors become a logged, opaque 500. */
export function installErrorHandler(server: FastifyInstance): void {
  server.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDomainError(error)) {
      return reply.status(httpStatusByCode[error.code]).send({ error: error.toBody() });
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const body: DomainErrorBody = {
        code: status === 429 ? 'RATE_LIMITED' : status === 401 ? 'UNAUTHENTICATED' : 'BAD_INPUT',
        message: error.message,
      };
      return reply
        .status(status === 413 || status === 415 || status === 429 || status === 401 ? status : 400)
        .send({ error: body });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: 'Internal error' } satisfies DomainErrorBody });
  });
  server.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: `No route ${request.method} ${request.url.split('?')[0] ?? ''}`,
      },
    }),
  );
}
