import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JsonPage } from '../services/json-page-cache';

/** True when an `If-None-Match` header names this ETag (weak comparison, `*` matches any). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** Sends serialised JSON as it is (no serialiser), or 304 without a body when the client has it. */
export function sendJsonText(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  page: JsonPage,
): FastifyReply {
  void reply.header('etag', page.etag);
  if (status === 200 && matchesEtag(request.headers['if-none-match'], page.etag))
    return reply.status(304).send();
  return reply.status(status).header('content-type', 'application/json; charset=utf-8').send(page.body);
}
