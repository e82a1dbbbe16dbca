import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer, type StartServerOptions } from '../../server/start-server';
import { SetupRequiredError } from '../../server/services/first-admin';
import {
  RETIRED_DEFAULT_WEBHOOK_SECRET,
  signWebhook,
  WEBHOOK_SIGNATURE_HEADER,
} from '../../server/payments/webhook-signature';
import { storeProfileSchema, type StoreProfileInput } from '../../shared/schemas/store-profile';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';

const url =
  process.env.DATABASE_URL && process.env.DATABASE_URL.length > 0 ? process.env.DATABASE_URL : undefined;
const backends = [
  { name: 'pglite', enabled: true },
  { name: 'postgres', enabled: url !== undefined },
];
const firstAdmin = { email: 'Owner@Shop.Example', password: 'a long first password' };

async function call(
  server: RunningServer,
  method: string,
  path: string,
  options: { token?: string; json?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.json !== undefined || options.raw !== undefined) headers['content-type'] = 'application/json';
  const body = options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return { status: response.status, body: text.length > 0 ? (JSON.parse(text) as unknown) : null };
}

const profile: StoreProfileInput = {
  name: 'Kiosk am Markt',
  legalName: 'Kiosk am Markt e.K.',
  address: {
    name: 'Kiosk am Markt e.K.',
    line1: 'Markt 3',
    postalCode: '04109',
    city: 'Leipzig',
    country: 'DE',
  },
  vatId: 'DE111222333',
  taxNumber: null,
  currency: 'EUR',
  timezone: 'Europe/Berlin',
  ossRegistered: false,
};

describe.each(backends.filter((b) => b.enabled))('an empty database without --demo ($name)', ({ name }) => {
  const schema = freshSchemaName('fa');
  const database: StartServerOptions =
    name === 'postgres' && url ? { databaseUrl: url, schema } : { dataDir: 'memory' };
  const running: RunningServer[] = [];
  afterAll(async () => {
    for (const server of running) await server.close();
    if (name === 'postgres' && url) await dropSchema(url, schema);
  }, 60_000);

  it('refuses to start without an administrator, saying what to set', { timeout: 120_000 }, async () => {
    // PGlite in memory starts empty each time; PostgreSQL keeps the (empty) schema for the next test
    const start = startServer({ ...database, port: 0, logLevel: 'silent' });
    await expect(start).rejects.toBeInstanceOf(SetupRequiredError);
    await expect(start).rejects.toThrow(/ORDER_DESK_ADMIN_EMAIL and ORDER_DESK_ADMIN_PASSWORD/);
  });

  it(
    'creates the env admin and its store, and nothing else; demo logins are refused',
    { timeout: 120_000 },
    async () => {
      const server = await startServer({ ...database, port: 0, logLevel: 'silent', firstAdmin });
      running.push(server);
      const counts = await server.app.db.query<{ stores: number; users: number; docs: number }>(
        `SELECT (SELECT count(*)::int FROM stores) AS stores, (SELECT count(*)::int FROM users) AS users,
              (SELECT count(*)::int FROM docs) AS docs`,
      );
      expect(counts[0]).toEqual({ stores: 1, users: 1, docs: 0 });
      const demo = await call(server, 'POST', '/api/v1/auth/login', {
        json: { email: 'admin@orderdesk.test', password: 'demo1234' },
      });
      expect(demo.status).toBe(401);
      const login = await call(server, 'POST', '/api/v1/auth/login', {
        json: { email: 'owner@shop.example', password: firstAdmin.password },
      });
      expect(login.status).toBe(200);
      const { token, user } = login.body as {
        token: string;
        user: { isAdmin: boolean; permissions: string[] };
      };
      expect(user.isAdmin).toBe(true);
      expect(user.permissions).toEqual(['orders.view', 'orders.edit', 'orders.cancel', 'orders.refund']);

      const fresh = storeProfileSchema.parse(
        (await call(server, 'GET', '/api/v1/admin/store', { token })).body,
      );
      expect(fresh.completedAt).toBeNull();
      const saved = await call(server, 'PUT', '/api/v1/admin/store', { token, json: profile });
      expect(saved.status).toBe(200);
      expect(storeProfileSchema.parse(saved.body)).toMatchObject({ ...profile, country: 'DE' });
      expect(storeProfileSchema.parse(saved.body).completedAt).not.toBeNull();
    },
  );

  it('answers the payment webhook with 503 until a secret is configured', async () => {
    const server = running[0];
    if (!server) throw new Error('server of the previous test');
    const raw = JSON.stringify({
      id: 'evt_1',
      type: 'payment.captured',
      data: { provider: 'test', reference: 'x' },
    });
    const response = await call(server, 'POST', '/api/v1/store/payments/webhook', {
      raw,
      headers: { [WEBHOOK_SIGNATURE_HEADER]: signWebhook(raw, RETIRED_DEFAULT_WEBHOOK_SECRET) },
    });
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      error: { code: 'NOT_CONFIGURED', details: { setting: 'ORDER_DESK_WEBHOOK_SECRET' } },
    });
  });

  it('a restart with other admin variables changes nothing', { timeout: 120_000 }, async () => {
    if (name === 'pglite') return; // an in-memory PGlite does not survive a restart
    await running.pop()?.close();
    const server = await startServer({
      ...database,
      port: 0,
      logLevel: 'silent',
      firstAdmin: { email: 'someone-else@shop.example', password: 'another long password' },
      webhookSecret: 'a-configured-webhook-secret',
    });
    running.push(server);
    const users = await server.app.db.query<{ email: string }>('SELECT email FROM users');
    expect(users).toEqual([{ email: 'owner@shop.example' }]);
    const raw = JSON.stringify({
      id: 'evt_2',
      type: 'payment.captured',
      data: { provider: 'test', reference: 'x' },
    });
    const retired = await call(server, 'POST', '/api/v1/store/payments/webhook', {
      raw,
      headers: { [WEBHOOK_SIGNATURE_HEADER]: signWebhook(raw, RETIRED_DEFAULT_WEBHOOK_SECRET) },
    });
    expect(retired.status).toBe(401);
  });
});

describe('demo mode', () => {
  let server: RunningServer | undefined;
  afterAll(async () => server?.close());

  it(
    'generates its own webhook secret: the old public default is refused',
    { timeout: 180_000 },
    async () => {
      server = await startServer({
        dataDir: 'memory',
        port: 0,
        demo: true,
        demoOrders: 5,
        logLevel: 'silent',
      });
      const secret = server.app.config.webhookSecret;
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      const raw = JSON.stringify({
        id: 'evt_3',
        type: 'payment.captured',
        data: { provider: 'test', reference: 'none' },
      });
      const retired = await call(server, 'POST', '/api/v1/store/payments/webhook', {
        raw,
        headers: { [WEBHOOK_SIGNATURE_HEADER]: signWebhook(raw, RETIRED_DEFAULT_WEBHOOK_SECRET) },
      });
      expect(retired.status).toBe(401);
      const signed = await call(server, 'POST', '/api/v1/store/payments/webhook', {
        raw,
        headers: { [WEBHOOK_SIGNATURE_HEADER]: signWebhook(raw, secret ?? '') },
      });
      expect(signed.status).not.toBe(401);
      expect(signed.status).not.toBe(503);
    },
  );
});
