import { expect, it } from 'vitest';
import { describeBackends, errorBodyOf, type ApiRequest, type ApiResponse } from '../factories/test-server';
import { claimOrder, fetchOrder } from '../factories/orders';

describeBackends('error contract (fuzz-lite)', (server) => {
  const expectContract = (response: ApiResponse, status: number, label: string): void => {
    expect(response.status, label).toBe(status);
    expect(response.headers.get('content-type') ?? '', label).toMatch(/application\/json/);
    const error = errorBodyOf(response);
    expect(error.message.length, label).toBeGreaterThan(0);
    expect(JSON.stringify(response.body), label).not.toMatch(/stack|node_modules|at .+\.ts:\d+/);
  };

  it('answers malformed JSON with 400', async () => {
    const response = await server.api('POST', '/api/v1/auth/login', {
      raw: '{"email": "admin@orderdesk.test",',
      contentType: 'application/json',
    });
    expectContract(response, 400, 'malformed JSON');
    expect(errorBodyOf(response).code).toBe('BAD_INPUT');
  });

  it('answers an unsupported content type with 415 and plain text with 400', async () => {
    const xml = await server.api('POST', '/api/v1/auth/login', {
      raw: '<login/>',
      contentType: 'application/xml',
    });
    expectContract(xml, 415, 'xml');
    const text = await server.api('POST', '/api/v1/auth/login', {
      raw: 'admin demo1234',
      contentType: 'text/plain',
    });
    expectContract(text, 400, 'text');
  });

  it('answers a body over 5 MB with 413', async () => {
    const { token } = await server.login('admin');
    const order = await claimOrder(server, ['pending', 'confirmed', 'processing']);
    const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/cancel`, {
      token,
      json: { reason: 'x'.repeat(5 * 1024 * 1024 + 10) },
    });
    expectContract(response, 413, 'huge');
    expect(await fetchOrder(server, token, order.id)).toEqual(order);
  });

  it('answers unknown routes and methods with a 404 JSON body', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/nope'],
      ['GET', '/api/v1/admin/orders/00000000-0000-4000-8000-000000000000/teleport'],
      ['DELETE', '/api/v1/admin/orders'],
      ['GET', '/definitely/not/here?x=1'],
    ] as const) {
      const response = await server.api(method, path);
      expectContract(response, 404, `${method} ${path}`);
      expect(errorBodyOf(response).code).toBe('NOT_FOUND');
    }
  });

  it('never answers 500 to hostile input on REST', async () => {
    const { token } = await server.login('admin');
    const order = await claimOrder(server, ['pending', 'confirmed', 'processing']);
    const cases: [string, string, ApiRequest][] = [
      ['GET', '/api/v1/admin/orders?q=%00', { token }],
      ['GET', '/api/v1/admin/orders?tag=a%00b', { token }],
      [
        'GET',
        `/api/v1/admin/orders?cursor=${Buffer.from('{"createdAt":"x\\u0000","id":"y"}').toString('base64url')}`,
        { token },
      ],
      ['GET', `/api/v1/admin/orders?cursor=${Buffer.from('null').toString('base64url')}`, { token }],
      ['GET', '/api/v1/admin/orders?limit=1e309', { token }],
      ['GET', '/api/v1/admin/orders?limit=-1', { token }],
      ['GET', '/api/v1/admin/orders?from=2026-02-30', { token }],
      ['GET', '/api/v1/admin/orders?status=pending&status=shipped', { token }],
      ['GET', `/api/v1/admin/orders?q=${encodeURIComponent("' OR 1=1 --")}`, { token }],
      ['GET', `/api/v1/admin/orders?q=${'%25_'.repeat(60)}`, { token }],
      ['GET', `/api/v1/admin/orders?q=${'x'.repeat(201)}`, { token }],
      ['GET', `/api/v1/admin/orders/${'a'.repeat(300)}`, { token }],
      ['GET', '/api/v1/admin/orders/%E0%A4%A', { token }],
      ['POST', `/api/v1/admin/orders/${order.id}/cancel`, { token, json: { reason: 'a\u0000b' } }],
      ['POST', `/api/v1/admin/orders/${order.id}/cancel`, { token, json: [] }],
      ['POST', `/api/v1/admin/orders/${order.id}/cancel`, { token, json: null }],
      [
        'POST',
        `/api/v1/admin/orders/${order.id}/cancel`,
        { token, raw: '{"__proto__":{"admin":true},"reason":"x"}', contentType: 'application/json' },
      ],
      [
        'POST',
        `/api/v1/admin/orders/${order.id}/cancel`,
        { token, raw: '', contentType: 'application/json' },
      ],
      ['POST', `/api/v1/admin/orders/${order.id}/status`, { token, json: { status: { $ne: null } } }],
      [
        'POST',
        `/api/v1/admin/orders/${order.id}/status`,
        { token, raw: '[1,2', contentType: 'application/json' },
      ],
      ['POST', '/api/v1/auth/login', { json: { email: 'a@b.co', password: 'x'.repeat(201) } }],
      ['POST', '/api/v1/auth/login', { json: { email: `${'a'.repeat(250)}@b.co`, password: 'x' } }],
      ['POST', '/api/v1/auth/login', { raw: '\u0000\u0001\u0002', contentType: 'application/json' }],
    ];
    for (const [method, path, request] of cases) {
      const response = await server.api(method, path, request);
      const label = `${method} ${path.slice(0, 80)}`;
      expect(response.status, label).toBeGreaterThanOrEqual(200);
      expect(response.status, label).toBeLessThan(500);
      if (response.status >= 400) expectContract(response, response.status, label);
    }
    expect(await fetchOrder(server, token, order.id)).toEqual(order);
  });

  it('answers malformed tRPC requests with a 4xx tRPC error, never 500', async () => {
    const { token } = await server.login('admin');
    const cases: [string, string, ApiRequest][] = [
      ['POST', '/trpc/sync.push', { token, raw: '{bad', contentType: 'application/json' }],
      ['POST', '/trpc/sync.push', { token, json: { commands: 'nope' } }],
      ['GET', `/trpc/sync.pull?input=${encodeURIComponent('{bad')}`, { token }],
      [
        'GET',
        `/trpc/sync.pull?input=${encodeURIComponent('{"collection":"users","checkpoint":null}')}`,
        { token },
      ],
      ['GET', '/trpc/sync.push', { token }],
      ['POST', '/trpc/sync.registerDevice', { token, json: { deviceId: 'device-\u0000-0001' } }],
      ['GET', '/trpc/nope.nope', { token }],
    ];
    for (const [method, path, request] of cases) {
      const response = await server.api(method, path, request);
      const label = `${method} ${path}`;
      expect(response.status, label).toBeGreaterThanOrEqual(400);
      expect(response.status, label).toBeLessThan(500);
      expect(JSON.stringify(response.body), label).not.toMatch(/"stack":"/);
    }
  });
});
