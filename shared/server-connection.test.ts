import { describe, expect, it } from 'vitest';
import { checkServer, serverUrlSchema } from './server-connection';

const answering =
  (status: number, body: unknown): typeof fetch =>
  () =>
    Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('serverUrlSchema', () => {
  it('normalises to origin and path without a trailing slash', () => {
    expect(serverUrlSchema.parse('https://Orders.Example.com/desk/')).toBe('https://orders.example.com/desk');
    expect(serverUrlSchema.parse('http://10.0.0.5:4173')).toBe('http://10.0.0.5:4173');
  });

  it('refuses other schemes and non-URLs', () => {
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'orders.example.com', ''])
      expect(serverUrlSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe('checkServer', () => {
  it('accepts a server whose health answers ok', async () => {
    const calls: string[] = [];
    const fetchImpl: typeof fetch = (input) => {
      calls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return answering(200, { ok: true, database: 'postgres' })(input);
    };
    expect(await checkServer(' http://10.0.0.5:4173/ ', fetchImpl)).toEqual({
      ok: true,
      serverUrl: 'http://10.0.0.5:4173',
      database: 'postgres',
    });
    expect(calls).toEqual(['http://10.0.0.5:4173/api/v1/health']);
  });

  it('says why a server is refused', async () => {
    expect(await checkServer('ftp://x', answering(200, { ok: true }))).toMatchObject({ ok: false });
    expect(await checkServer('http://x', answering(404, {}))).toEqual({
      ok: false,
      reason: 'bad_status',
      serverUrl: 'http://x',
      status: 404,
      message: 'http://x answered 404: not an Order Desk server',
    });
    expect(await checkServer('http://x', answering(200, { hello: 1 }))).toMatchObject({ ok: false });
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await checkServer('http://x', offline)).toMatchObject({
      ok: false,
      reason: 'no_answer',
      message: /No answer/,
    });
  });
});
