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
  const server = new ServerProcess({
    ...base,
    env: {
      ORDER_DESK_ADMIN_EMAIL: 'owner@shop.example',
      ORDER_DESK_ADMIN_PASSWORD: 'correct horse battery',
      ORDER_DESK_WEBHOOK_SECRET: 'whsec-of-this-deployment-0123456789',
    },
  });

  afterAll(async () => {
    await server.stop();
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
    'creates the configured admin, who signs in; the demo logins do not exist',
    { timeout: 180_000 },
    async () => {
      await server.start();
      expect(await loginStatus(server.url, 'owner@shop.example', 'correct horse battery')).toBe(200);
      expect(await loginStatus(server.url, 'admin@orderdesk.test', 'demo1234')).toBe(401);
    },
  );
});
