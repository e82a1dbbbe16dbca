import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';

const MAX_RAW_BODY = 1024 * 1024;
const rawBodies = new WeakMap<FastifyRequest, Buffer>();

/** preParsing hook: buffers the body (at most 1 MB, else 413) so its exact bytes can be verified. */
export async function keepRawBody(
  request: FastifyRequest,
  _reply: FastifyReply,
  payload: NodeJS.ReadableStream,
): Promise<NodeJS.ReadableStream> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_RAW_BODY) throw Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    chunks.push(buffer);
  }
  const raw = Buffer.concat(chunks);
  rawBodies.set(request, raw);
  return Object.assign(Readable.from([raw]), { receivedEncodedLength: raw.length });
}

/** The raw body kept by `keepRawBody` (empty when the route did not keep it). */
export function rawBodyOf(request: FastifyRequest): Buffer {
  return rawBodies.get(request) ?? Buffer.alloc(0);
}
