import { z } from 'zod';
import { afterAll, beforeAll, describe } from 'vitest';
import { createTRPCClient, httpLink, TRPCClientError, type TRPCClient } from '@trpc/client';
import { startServer, type RunningServer, type StartServerOptions } from '../../server/start-server';
import type { AppRouter } from '../../server/trpc/app-router';
import type { AppContext } from '../../server/services/app-context';
import { staffLoginResultSchema, type StaffLoginResult } from '../../shared/schemas/user';
import type { Permission } from '../../shared/schemas/permission';
import { errorCodes } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { dropSchema, freshSchemaName } from './postgres-schema';

export type BackendName = 'pglite' | 'postgres';
export type AppClient = TRPCClient<AppRouter>;

export const DEMO_PASSWORD = 'demo1234';
export const demoEmails = {
  admin: 'admin@orderdesk.test',
  manager: 'manager@orderdesk.test',
  packer: 'packer@orderdesk.test',
  canceller: 'canceller@orderdesk.test',
  refunds: 'refunds@orderdesk.test',
  viewer: 'viewer@orderdesk.test',
} as const;
export type DemoRole = keyof typeof demoEmails;

function isDemoRole(value: string): value is DemoRole {
  return Object.hasOwn(demoEmails, value);
}

/** Orders seeded per server: enough of every status, small enough to start fast. */
export const DEMO_ORDERS = 60;
const START_TIMEOUT_MS = 180_000;

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the answer is not JSON. */
  body: unknown;
}

export interface ApiRequest {
  token?: string;
  json?: unknown;
  raw?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
  headers?: Record<string, string>;
}

/** A demo server on one backend, started in `beforeAll` and stopped (schema dropped) in `afterAll`. */
export class TestServer {
  private running: RunningServer | undefined;
  private readonly sessions = new Map<string, Promise<StaffLoginResult>>();

  constructor(readonly backend: BackendName) {}

  get url(): string {
    return this.started().url;
  }

  get app(): AppContext {
    return this.started().app;
  }

  attach(running: RunningServer): void {
    this.running = running;
  }

  async detach(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    this.sessions.clear();
    await running?.close();
  }

  private started(): RunningServer {
    if (!this.running) throw new Error('Test server is not running (use it inside a test or hook)');
    return this.running;
  }

  /** Any HTTP request against the server; never throws on an error status. */
  async api(method: string, path: string, request: ApiRequest = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...request.headers };
    if (request.token !== undefined) headers.authorization = `Bearer ${request.token}`;
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (request.json !== undefined) {
      body = JSON.stringify(request.json);
      headers['content-type'] = request.contentType ?? 'application/json';
    } else if (request.raw !== undefined) {
      body = request.raw;
      if (request.contentType) headers['content-type'] = request.contentType;
    }
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text so a test can show it
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  /** Logs a demo role (`DemoRole`) or any e-mail in through REST; sessions are cached per server. */
  login(who: string, password = DEMO_PASSWORD): Promise<StaffLoginResult> {
    const email = isDemoRole(who) ? demoEmails[who] : who;
    const key = `${email}\n${password}`;
    let session = this.sessions.get(key);
    if (!session) {
      session = this.api('POST', '/api/v1/auth/login', { json: { email, password } }).then((response) => {
        if (response.status !== 200)
          throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
        return staffLoginResultSchema.parse(response.body);
      });
      this.sessions.set(key, session);
    }
    return session;
  }

  /** A typed tRPC client over HTTP carrying `token` as bearer (no token: anonymous). */
  trpc(token?: string): AppClient {
    return createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${this.url}/trpc`,
          headers: () => (token === undefined ? {} : { authorization: `Bearer ${token}` }),
        }),
      ],
    });
  }

  /** Creates a staff user directly in the database (same password hash as the demo users). */
  async createUser(
    permissions: readonly Permission[],
    options: { storeId?: string; isAdmin?: boolean } = {},
  ): Promise<{ id: string; email: string }> {
    const id = newId();
    const email = `user-${id.slice(-12)}@orderdesk.test`;
    await this.app.db.query(
      `INSERT INTO users (id, store_id, email, name, password_hash, permissions, is_admin)
       SELECT $1, COALESCE($2::uuid, store_id), $3, 'Test User', password_hash, $4::text[], $5 FROM users WHERE email = $6`,
      [id, options.storeId ?? null, email, [...permissions], options.isAdmin ?? false, demoEmails.viewer],
    );
    return { id, email };
  }
}

function postgresUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url && url.length > 0 ? url : undefined;
}

/**
 * Runs `fn` once per backend: PGlite in memory always, PostgreSQL (a schema of its own, dropped
 * afterwards) when DATABASE_URL is set. Each block gets its own seeded demo server.
 */
export function describeBackends(name: string, fn: (server: TestServer) => void): void {
  const url = postgresUrl();
  const backends: { backend: BackendName; enabled: boolean }[] = [
    { backend: 'pglite', enabled: true },
    { backend: 'postgres', enabled: url !== undefined },
  ];
  for (const { backend, enabled } of backends) {
    describe.skipIf(!enabled)(`${name} [${backend}]`, () => {
      const server = new TestServer(backend);
      const schema = freshSchemaName('t');
      beforeAll(async () => {
        const options: StartServerOptions =
          backend === 'postgres' && url !== undefined
            ? { port: 0, databaseUrl: url, schema, demo: true, demoOrders: DEMO_ORDERS, logLevel: 'silent' }
            : { port: 0, dataDir: 'memory', demo: true, demoOrders: DEMO_ORDERS, logLevel: 'silent' };
        server.attach(await startServer(options));
      }, START_TIMEOUT_MS);
      afterAll(async () => {
        await server.detach();
        if (backend === 'postgres' && url !== undefined) await dropSchema(url, schema);
      }, START_TIMEOUT_MS);
      fn(server);
    });
  }
}

const domainErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
const restErrorSchema = z.object({ error: domainErrorSchema });
const trpcErrorDataSchema = z.object({ code: z.string(), httpStatus: z.number(), domain: domainErrorSchema });

export type ErrorBody = z.infer<typeof domainErrorSchema>;

/** The `{error}` body of a REST answer; fails the test when the answer is not the error contract. */
export function errorBodyOf(response: ApiResponse): ErrorBody {
  const parsed = restErrorSchema.safeParse(response.body);
  if (!parsed.success)
    throw new Error(`Not an error body (${response.status}): ${JSON.stringify(response.body)}`);
  return parsed.data.error;
}

/** The tRPC error of a call expected to fail: its tRPC code, HTTP status and domain error body. */
export async function trpcFailure(call: Promise<unknown>): Promise<z.infer<typeof trpcErrorDataSchema>> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const parsed = trpcErrorDataSchema.safeParse(error.data);
    if (!parsed.success)
      throw new Error(`tRPC error without a domain body: ${error.message}`, { cause: error });
    return parsed.data;
  }
  throw new Error('Expected the tRPC call to fail');
}
