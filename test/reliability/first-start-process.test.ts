import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';
import { ServerProcess } from './server-process';

const databaseUrl =
  process.env.DATABASE_URL && process.env.DATABASE_URL.length > 0 ? process.env.DATABASE_URL : undefined;

async function loginStatus(url: string, email: string, password: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

describe(`first start of a production server process (${databaseUrl ? 'postgres' : 'pglite'})`, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'orderdesk-first-'));
  const schema = freshSchemaName('first');
  const base = {
    port: 4214,
    dataDir: path.join(dataDir, 'db'),
    databaseUrl,
    schema: databaseUrl ? schema : undefined,
    demo: false,
  };
  const adminEnv = {
    ORDER_DESK_ADMIN_EMAIL: 'owner@shop.example',
    ORDER_DESK_ADMIN_PASSWORD: 'correct horse battery',
    ORDER_DESK_WEBHOOK_SECRET: 'whsec-of-this-deployment-0123456789',
  };
  const server = new ServerProcess({ ...base, env: adminEnv });
  // PostgreSQL only: a second process starting at the same moment on the same empty database
  const twin = databaseUrl ? new ServerProcess({ ...base, port: 4215, env: adminEnv }) : undefined;

  afterAll(async () => {
    await server.stop();
    await twin?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropSchema(databaseUrl, schema);
  }, 60_000);

  it(
    'exits non-zero saying what to set when the database has no admin and none is configured',
    { timeout: 180_000 },
    async () => {
      const refused = await new ServerProcess({
        ...base,
        env: { ORDER_DESK_ADMIN_EMAIL: '', ORDER_DESK_ADMIN_PASSWORD: '' },
      }).startExpectingExit();
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/Set ORDER_DESK_ADMIN_EMAIL and ORDER_DESK_ADMIN_PASSWORD/);
      expect(refused.stderr).not.toMatch(/\n\s+at /); // a message for the operator, not a stack trace
    },
  );

  it('exits non-zero on the old public webhook secret', { timeout: 180_000 }, async () => {
    const refused = await new ServerProcess({
      ...base,
      env: { ORDER_DESK_WEBHOOK_SECRET: 'order-desk-dev-webhook-secret' },
    }).startExpectingExit();
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/ORDER_DESK_WEBHOOK_SECRET/);
  });

  it(
    'creates the configured admin once (also with two processes starting together); demo logins do not exist',
    { timeout: 180_000 },
    async () => {
      await Promise.all([server.start(), twin?.start()]);
      for (const url of [server.url, twin?.url ?? server.url])
        expect(await loginStatus(url, 'owner@shop.example', 'correct horse battery')).toBe(200);
      expect(await loginStatus(server.url, 'admin@orderdesk.test', 'demo1234')).toBe(401);
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'owner@shop.example', password: 'correct horse battery' }),
      });
      const { token } = (await login.json()) as { token: string };
      const users = await fetch(`${server.url}/api/v1/admin/users`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const emails = ((await users.json()) as { items: { email: string }[] }).items.map((user) => user.email);
      expect(emails).toEqual(['owner@shop.example']);
    },
  );
});
