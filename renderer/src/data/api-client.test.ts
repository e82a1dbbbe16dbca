import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../../../shared/errors';
import { errorBodyOf } from '../i18n/error-body';
import { apiRequest } from './api-client';

const answerSchema = z.object({ id: z.string() });

beforeEach(() => vi.stubGlobal('window', { location: { origin: 'http://server.test' } }));
afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown, statusText = '') {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(text || null, { status, statusText }))),
  );
}

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );
}

describe('apiRequest', () => {
  it('returns the answer checked against the schema and sends token, body and idempotency key', async () => {
    answer(201, { id: 'a1', extra: true });
    const result = await apiRequest('tok', '/api/v1/admin/things', answerSchema, {
      method: 'POST',
      body: { name: 'x' },
      idempotent: true,
    });
    expect(result).toEqual({ id: 'a1' });
    const [url, init] = vi.mocked(fetch).mock.calls[0] as [string, RequestInit];
    expect(url).toBe('http://server.test/api/v1/admin/things');
    const headers = init.headers as Record<string, string>;
    expect(init.method).toBe('POST');
    expect(headers.authorization).toBe('Bearer tok');
    expect(headers['idempotency-key']).toMatch(/.+/);
    expect(init.body).toBe('{"name":"x"}');
  });

  it('rejects an answer that does not match the schema', async () => {
    answer(200, { id: 42 });
    expect(await refusal(apiRequest('tok', '/x', answerSchema))).toBeInstanceOf(z.ZodError);
  });

  it('turns a 4xx error body into the DomainError with code, message and issues', async () => {
    answer(400, {
      error: { code: 'BAD_INPUT', message: 'Invalid', issues: [{ path: 'name', message: 'Required' }] },
    });
    const error = await refusal(apiRequest('tok', '/x', answerSchema));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_INPUT');
    expect((error as DomainError).issues).toEqual([{ path: 'name', message: 'Required' }]);
  });

  it('maps a refusal without a readable body by its status', async () => {
    answer(403, '<html>proxy</html>', 'Forbidden');
    expect(await refusal(apiRequest('tok', '/x', answerSchema))).toMatchObject({ code: 'FORBIDDEN' });
    answer(409, undefined, 'Conflict');
    expect(await refusal(apiRequest('tok', '/x', answerSchema))).toMatchObject({ code: 'BAD_INPUT' });
    answer(502, undefined, 'Bad Gateway');
    expect(await refusal(apiRequest('tok', '/x', answerSchema))).toMatchObject({ code: 'INTERNAL' });
  });

  it('keeps a 5xx error body from the server', async () => {
    answer(503, { error: { code: 'NOT_CONFIGURED', message: 'No secret' } });
    expect(await refusal(apiRequest('tok', '/x', answerSchema))).toMatchObject({ code: 'NOT_CONFIGURED' });
  });

  it('rejects with a network error the UI words as needing a connection', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await refusal(apiRequest('tok', '/x', answerSchema));
    expect(errorBodyOf(error)).toBe('NETWORK');
  });
});
