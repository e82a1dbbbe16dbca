import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from '../../shared/ids';
import { startServer, type RunningServer } from '../../server/start-server';
import { securityHeaders } from '../../server/rest/security-headers';
import { describeBackends, errorBodyOf, TestServer } from '../factories/test-server';
import { claimOrder } from '../factories/orders';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';

const tokenSchema = z.object({ token: z.string() });
const versionSchema = z.object({ version: z.number(), status: z.string() });

async function signIn(server: TestServer, email: string): Promise<string> {
  const response = await server.api('POST', '/api/v1/auth/login', { json: { email, password: 'demo1234' } });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return tokenSchema.parse(response.body).token;
}

describeBackends('REST reads from the in-process caches', (server) => {
  it('a changed permission, deactivation or password reset is refused at once despite the cached session', async () => {
    const admin = await server.login('admin');
    const users = await Promise.all([1, 2, 3].map(() => server.createUser(['orders.view'])));
    const tokens = await Promise.all(users.map((user) => signIn(server, user.email)));
    for (const token of tokens)
      expect((await server.api('GET', '/api/v1/admin/orders?limit=5', { token })).status).toBe(200);
    const changes = [{ permissions: [] }, { active: false }, { password: 'another-pass-1234' }];
    for (const [index, change] of changes.entries()) {
      const patched = await server.api('PATCH', `/api/v1/admin/users/${users[index]?.id}`, {
        token: admin.token,
        json: change,
      });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    }
    const [noRight, inactive, reset] = await Promise.all(
      tokens.map((token) => server.api('GET', '/api/v1/admin/orders?limit=5', { token })),
    );
    expect(noRight?.status).toBe(403);
    expect(inactive?.status).toBe(401);
    expect(reset?.status).toBe(401);
  });

  it('a revoked workstation is refused on the next REST read, cached session or not', async () => {
    const admin = await server.login('admin');
    const token = await signIn(server, 'manager@orderdesk.test');
    const deviceId = `cached-${newId()}`;
    await server.trpc(token).sync.registerDevice.mutate({ deviceId, name: 'Cached station' });
    expect((await server.api('GET', '/api/v1/admin/orders?limit=5', { token })).status).toBe(200);
    const revoked = await server.api('POST', `/api/v1/admin/devices/${deviceId}/revoke`, {
      token: admin.token,
    });
    expect(revoked.status).toBe(200);
    const after = await server.api('GET', '/api/v1/admin/orders?limit=5', { token });
    expect(errorBodyOf(after).code).toBe('DEVICE_REVOKED');
  });

  it('a changed order shows its new version on detail at once; the old ETag no longer answers 304', async () => {
    const { token } = await server.login('admin');
    const order = await claimOrder(server, 'confirmed');
    const path = `/api/v1/admin/orders/${order.id}`;
    const before = await server.api('GET', path, { token });
    const etag = before.headers.get('etag') ?? '';
    expect((await server.api('GET', path, { token, headers: { 'if-none-match': etag } })).status).toBe(304);
    const changed = await server.api('POST', `${path}/status`, { token, json: { status: 'processing' } });
    expect(changed.status).toBe(200);
    const after = await server.api('GET', path, { token, headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(versionSchema.parse(after.body)).toEqual({
      version: versionSchema.parse(before.body).version + 1,
      status: 'processing',
    });
  });

  it('a warm detail answer (200, 304 or error) still carries the security headers, no-store and CORS', async () => {
    const { token } = await server.login('admin');
    const order = await claimOrder(server, 'confirmed');
    const path = `/api/v1/admin/orders/${order.id}`;
    const origin = { origin: 'app://orderdesk' };
    await server.api('GET', path, { token }); // the second read is served from the caches
    const warm = await server.api('GET', path, { token, headers: origin });
    const etag = warm.headers.get('etag') ?? '';
    const notModified = await server.api('GET', path, {
      token,
      headers: { ...origin, 'if-none-match': etag },
    });
    const missing = await server.api('GET', `/api/v1/admin/orders/${newId()}`, { token, headers: origin });
    const anonymous = await server.api('GET', path, { headers: origin });
    expect([warm.status, notModified.status, missing.status, anonymous.status]).toEqual([200, 304, 404, 401]);
    for (const answer of [warm, notModified, missing, anonymous]) {
      for (const [name, value] of Object.entries(securityHeaders()))
        expect(answer.headers.get(name), name).toBe(value);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('access-control-allow-origin')).toBe('app://orderdesk');
    }
    expect(notModified.headers.get('etag')).toBe(etag);
  });
});

const url = process.env.DATABASE_URL ?? '';

/** Polls `probe` until it returns true (the other process hears the NOTIFY within milliseconds). */
async function eventually(probe: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await probe()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe.skipIf(url.length === 0)('REST read caches across two server processes [postgres]', () => {
  const schema = freshSchemaName('t');
  const writer = new TestServer('postgres');
  const reader = new TestServer('postgres');
  let second: RunningServer | undefined;
  beforeAll(async () => {
    writer.attach(
      await startServer({
        port: 0,
        databaseUrl: url,
        schema,
        demo: true,
        demoOrders: 60,
        logLevel: 'silent',
      }),
    );
    second = await startServer({ port: 0, databaseUrl: url, schema, logLevel: 'silent' });
    reader.attach(second);
  }, 120_000);
  afterAll(async () => {
    await reader.detach();
    await writer.detach();
    if (url) await dropSchema(url, schema);
  }, 120_000);

  it('an order changed or a user deactivated on one server is seen by the other after the notice', async () => {
    const admin = await writer.login('admin');
    const user = await writer.createUser(['orders.view']);
    const token = await signIn(reader, user.email);
    const order = await claimOrder(writer, 'confirmed');
    const path = `/api/v1/admin/orders/${order.id}`;
    const before = versionSchema.parse((await reader.api('GET', path, { token })).body);
    const listPath = '/api/v1/admin/orders?limit=50';
    const listBefore = (await reader.api('GET', listPath, { token })).headers.get('etag');
    expect(
      (await writer.api('POST', `${path}/status`, { token: admin.token, json: { status: 'processing' } }))
        .status,
    ).toBe(200);
    expect(
      await eventually(async () => {
        const seen = versionSchema.parse((await reader.api('GET', path, { token })).body);
        return seen.version === before.version + 1;
      }),
    ).toBe(true);
    expect(
      await eventually(
        async () => (await reader.api('GET', listPath, { token })).headers.get('etag') !== listBefore,
      ),
    ).toBe(true);
    const patched = await writer.api('PATCH', `/api/v1/admin/users/${user.id}`, {
      token: admin.token,
      json: { active: false },
    });
    expect(patched.status).toBe(200);
    expect(await eventually(async () => (await reader.api('GET', path, { token })).status === 401)).toBe(
      true,
    );
  });
});
