import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../shared/errors';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function notUtf8(where: string): DomainError {
  return new DomainError('BAD_INPUT', `The ${where} is not valid UTF-8`, {
    issues: [{ path: where === 'query string' ? 'query' : '', message: 'Invalid UTF-8 byte sequence' }],
  });
}

/** True when every percent-encoded part of the query string decodes to valid UTF-8. */
function isUtf8Query(url: string): boolean {
  const start = url.indexOf('?');
  if (start < 0) return true;
  try {
    for (const part of url.slice(start + 1).split(/[&=]/)) decodeURIComponent(part.replace(/\+/g, ' '));
    return true;
  } catch {
    return false; // URIError: an overlong form, an encoded surrogate, a truncated or stray byte
  }
}

/**
 * Input bytes that are not valid UTF-8 (overlong forms, encoded surrogates, truncated sequences) are a
 * BAD_INPUT instead of being silently turned into U+FFFD: JSON bodies (REST and tRPC, through
 * Fastify's own JSON parser with its prototype-poisoning checks) and percent-encoded query strings.
 */
export function installStrictTextInput(server: FastifyInstance): void {
  const parseJson = server.getDefaultJsonParser('error', 'error');
  server.removeContentTypeParser('application/json');
  server.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = typeof body === 'string' ? body : strictUtf8.decode(body);
    } catch {
      done(notUtf8('request body'), undefined);
      return;
    }
    void parseJson(request, text, done);
  });
  server.addHook('onRequest', (request, _reply, done) => {
    done(isUtf8Query(request.url) ? undefined : notUtf8('query string'));
  });
}
