import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';
import type { AppRouter } from '../../server/trpc/app-router';
import type { Command, CommandOutcome } from '../../shared/schemas/command';
import type { Order } from '../../shared/schemas/order';
import { newId } from '../../shared/ids';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';
import { LiveStreamClient } from './live-stream-client';
import { ServerProcess } from './server-process';

const databaseUrl =
  process.env.DATABASE_URL && process.env.DATABASE_URL.length > 0 ? process.env.DATABASE_URL : undefined;
const TARGET_ORDERS = 10;
const COMMANDS = 200;
const BATCH = 25;

type Client = TRPCClient<AppRouter>;

function trpcClient(url: string, token: string): Client {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${url}/trpc`, headers: { authorization: `Bearer ${token}` } })],
  });
}

async function login(url: string): Promise<{ token: string; userId: string }> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'manager@orderdesk.test', password: 'demo1234' }),
  });
  const body = (await response.json()) as { token: string; user: { id: string } };
  return { token: body.token, userId: body.user.id };
}

/** Pulls `orders` from `checkpoint` to the end, as a workstation's pull loop does; returns what arrived. */
async function pullOrders(client: Client, checkpoint: { seq: number } | null) {
  const documents: Order[] = [];
  let position = checkpoint;
  let pages = 0;
  for (;;) {
    const page = await client.sync.pull.query({ collection: 'orders', checkpoint: position, limit: 500 });
    pages += 1;
    documents.push(...(page.documents as unknown as Order[]));
    if (page.documents.length === 0) return { documents, checkpoint: position, pages };
    position = page.checkpoint;
  }
}

function tagCommand(userId: string, orderId: string, tag: string): Command {
  return {
    id: newId(),
    type: 'order.add_tags',
    targetId: orderId,
    expectedVersion: null,
    payload: { tags: [tag] },
    userId,
    deviceId: 'two-process-test',
    createdAt: new Date().toISOString(),
  };
}

describe.skipIf(databaseUrl === undefined)('two server processes on one PostgreSQL database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'orderdesk-two-'));
  const schema = freshSchemaName('two');
  const options = { dataDir: path.join(dataDir, 'db'), databaseUrl, schema, demoOrders: 60 };
  const a = new ServerProcess({ ...options, port: 4211 });
  const b = new ServerProcess({ ...options, port: 4212 });
  let stream: LiveStreamClient | undefined;

  afterAll(async () => {
    stream?.close();
    await a.stop();
    await b.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropSchema(databaseUrl, schema);
  }, 60_000);

  it(
    'a change through A reaches B within 2 s; after A is killed mid-push the client resumes on B',
    { timeout: 600_000 },
    async () => {
      await a.start();
      await b.start(); // the demo seed runs once: B finds the store A created
      const { token, userId } = await login(a.url);
      const onA = trpcClient(a.url, token);
      const onB = trpcClient(b.url, token);

      // the workstation's working copy, first synced from B
      const initial = await pullOrders(onB, null);
      expect(initial.documents.length).toBeGreaterThanOrEqual(60); // plus the demo marketplace orders
      const targets = initial.documents
        .filter((order) => order.status !== 'cancelled')
        .slice(0, TARGET_ORDERS);
      const before = new Map(targets.map((order) => [order.id, order.version]));

      // 1. live: a change pushed through A is announced by B
      stream = await LiveStreamClient.open(b.url, token);
      const pushedAt = Date.now();
      const first = tagCommand(userId, targets[0]?.id ?? '', 'live');
      const [firstOutcome] = (await onA.sync.push.mutate({ commands: [first] })).outcomes;
      expect(firstOutcome?.status).toBe('applied');
      const notice = await stream.waitFor('orders', pushedAt, 2_000);
      expect(notice.at - pushedAt).toBeLessThan(2_000);
      const resumed = await pullOrders(onB, initial.checkpoint);
      expect(resumed.documents.map((order) => order.id)).toEqual([first.targetId]);

      // 2. A dies in the middle of a push; the outbox is retried against B
      const commands = Array.from({ length: COMMANDS }, (_, index) =>
        tagCommand(userId, targets[index % targets.length]?.id ?? '', `t${index}`),
      );
      const outcomes = new Map<string, CommandOutcome>();
      const crashStartedAt = Date.now();
      const killRound = 3;
      let server: 'a' | 'b' = 'a';
      for (let round = 1; outcomes.size < commands.length && round < 1_000; round += 1) {
        const pending = commands.filter((command) => !outcomes.has(command.id)).slice(0, BATCH);
        const client = server === 'a' ? onA : onB;
        const push = client.sync.push.mutate({ commands: pending }).then(
          (result) => result.outcomes,
          () => [] as CommandOutcome[],
        );
        if (server === 'a' && round === killRound) {
          await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 40)));
          await a.kill();
          server = 'b'; // the load balancer sends the retry to the surviving process
        }
        for (const outcome of await push) outcomes.set(outcome.commandId, outcome);
      }
      expect(server).toBe('b');
      expect([...outcomes.values()].every((outcome) => outcome.status === 'applied')).toBe(true);

      // 3. the workstation pulls on B from the checkpoint it had: only the changed orders, each once
      const afterCrash = await pullOrders(onB, resumed.checkpoint);
      const changedIds = new Set(afterCrash.documents.map((order) => order.id));
      expect(afterCrash.documents.length).toBe(changedIds.size);
      expect([...changedIds].sort()).toEqual([...before.keys()].sort());
      for (const order of afterCrash.documents) {
        const applied = order.events.filter((event) => event.commandId && outcomes.has(event.commandId));
        const expected = commands.filter((command) => command.targetId === order.id).length;
        expect(applied.length, `commands applied to order ${order.number}`).toBe(expected);
        expect(new Set(applied.map((event) => event.commandId)).size).toBe(expected);
        const live = order.id === first.targetId ? 1 : 0;
        expect(order.version).toBe((before.get(order.id) ?? 0) + expected + live);
      }
      // the subscriber on B kept hearing about the pushes (A's before it died and B's after)
      expect(await stream.waitFor('orders', crashStartedAt, 2_000)).toBeTruthy();
    },
  );
});
