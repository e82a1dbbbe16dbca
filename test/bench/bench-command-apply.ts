import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../server/trpc/app-router';
import { startServer } from '../../server/start-server';
import type { Command } from '../../shared/schemas/command';
import { newId } from '../../shared/ids';
import type { BenchResult } from './bench-report';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';

const COMMANDS = 6000;
const BATCH = 200;

/** Server command apply rate on PostgreSQL (PGlite without DATABASE_URL) vs a raw single-row UPDATE loop. */
export async function benchCommandApply(databaseUrl: string | undefined): Promise<BenchResult> {
  const schema = freshSchemaName('bench');
  const server = await startServer({
    port: 0,
    dataDir: 'memory',
    ...(databaseUrl ? { databaseUrl, schema } : {}),
    demo: true,
    demoOrders: 2000,
    logLevel: 'silent',
  });
  try {
    const login = (await (
      await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'manager@orderdesk.test', password: 'demo1234' }),
      })
    ).json()) as { token: string; user: { id: string } };
    const ids = (
      await server.app.db.query<{ id: string }>(`SELECT id FROM docs WHERE collection = 'orders' LIMIT 2000`)
    ).map((row) => row.id);
    const client = createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${server.url}/trpc`, headers: { authorization: `Bearer ${login.token}` } })],
    });
    const commands: Command[] = Array.from({ length: COMMANDS }, (_, i) => ({
      id: newId(),
      type: 'order.add_tags',
      targetId: ids[i % ids.length] ?? '',
      expectedVersion: null,
      payload: { tags: [`b${i % 7}`] },
      userId: login.user.id,
      deviceId: 'bench',
      createdAt: new Date().toISOString(),
    }));
    const started = performance.now();
    for (let i = 0; i < commands.length; i += BATCH)
      await client.sync.push.mutate({ commands: commands.slice(i, i + BATCH) });
    const commandSeconds = (performance.now() - started) / 1000;
    const rawStarted = performance.now();
    for (let i = 0; i < COMMANDS; i += 1) {
      await server.app.db.query(
        `UPDATE docs SET version = version + 1 WHERE collection = 'orders' AND id = $1`,
        [ids[i % ids.length]],
      );
    }
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    const rate = COMMANDS / commandSeconds;
    return {
      name: `Server command apply (${server.app.db.kind})`,
      metrics: {
        commands: COMMANDS,
        commandsPerSecond: rate,
        rawUpdatesPerSecond: COMMANDS / rawSeconds,
        ratioToRawUpdate: rate / (COMMANDS / rawSeconds),
      },
      goal: '≥ 2,000 commands/s',
      met: rate >= 2000,
      notes:
        'Each command: permission, state machine and stock checked by the shared domain function, customer-stats, invoicing and automation middlewares, outcome row; one transaction per push of 200 under the write lock, pushed over tRPC HTTP. ' +
        'The write scope (server/db/write-scope.ts) reads all orders a push targets with one query, keeps one cached copy per order for the handler and the middlewares, buffers document writes into one multi-row upsert, opens a savepoint only for a command that issues SQL of its own, and writes the outcome rows with one INSERT: 5 statements per push instead of 16 per command (profiled 2026-11-26). ' +
        'order.add_tags does not change what customer statistics are computed from, so they are not recomputed; a command that does (cancel, refund, edit) adds one recompute of the touched customers per push (one read of their orders). ' +
        'The raw baseline is single-row autocommit UPDATEs, one round trip and one commit each.',
    };
  } finally {
    await server.close();
    if (databaseUrl) await dropSchema(databaseUrl, schema);
  }
}
