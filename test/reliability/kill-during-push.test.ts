import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../server/trpc/app-router';
import type { Command, CommandOutcome } from '../../shared/schemas/command';
import type { Order } from '../../shared/schemas/order';
import { newId } from '../../shared/ids';
import { ServerProcess } from './server-process';

const COMMANDS = 400;
const KILLS = 3;
const BATCH = 25;

const backends: { name: string; databaseUrl?: string }[] = [
  { name: 'pglite' },
  ...(process.env.DATABASE_URL ? [{ name: 'postgres', databaseUrl: process.env.DATABASE_URL }] : []),
];

async function login(url: string): Promise<{ token: string; userId: string }> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'manager@orderdesk.test', password: 'demo1234' }),
  });
  const body = (await response.json()) as { token: string; user: { id: string } };
  return { token: body.token, userId: body.user.id };
}

async function listOrders(url: string, token: string): Promise<Order[]> {
  const response = await fetch(`${url}/api/v1/admin/orders?limit=500`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { items: Order[] }).items;
}

describe.each(backends)('a server killed during a large push ($name)', ({ name, databaseUrl }) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'orderdesk-kill-'));
  const schema = `kill_${newId().replace(/-/g, '').slice(-12)}`;
  const server = new ServerProcess({
    port: 4600 + (name === 'pglite' ? 1 : 2),
    dataDir: path.join(dataDir, 'db'),
    databaseUrl,
    schema: databaseUrl ? schema : undefined,
    demoOrders: 30,
  });

  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  });

  it('loses and duplicates no command across crashes and restarts', { timeout: 600_000 }, async () => {
    await server.start();
    const { token, userId } = await login(server.url);
    const orders = await listOrders(server.url, token);
    const before = new Map(orders.map((order) => [order.id, order.version]));
    const client = createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${server.url}/trpc`, headers: { authorization: `Bearer ${token}` } })],
    });
    const commands: Command[] = Array.from({ length: COMMANDS }, (_, index) => ({
      id: newId(),
      type: 'order.add_tags',
      targetId: orders[index % orders.length]?.id ?? '',
      expectedVersion: null,
      payload: { tags: [`r${index}`] },
      userId,
      deviceId: 'reliability-test',
      createdAt: new Date().toISOString(),
    }));
    const outcomes = new Map<string, CommandOutcome>();
    // Crash points: three distinct push rounds, each killed while its request is in flight.
    const rounds = Math.ceil(COMMANDS / BATCH);
    const crashRounds = new Set<number>();
    while (crashRounds.size < KILLS) crashRounds.add(2 + Math.floor(Math.random() * (rounds - 4)));
    let kills = 0;
    let round = 0;
    while (outcomes.size < COMMANDS && round < 10_000) {
      round += 1;
      const pending = commands.filter((command) => !outcomes.has(command.id)).slice(0, BATCH);
      const crashHere = crashRounds.has(round);
      const push = client.sync.push.mutate({ commands: pending });
      if (crashHere) {
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 40)));
        await server.kill();
        kills += 1;
      }
      try {
        const result = await push;
        for (const outcome of result.outcomes) outcomes.set(outcome.commandId, outcome);
      } catch {
        // the answer was lost (maybe after the commit): the same commands go again after the restart
      }
      if (crashHere) await server.start();
    }
    expect(kills).toBe(KILLS);
    expect([...outcomes.values()].every((outcome) => outcome.status === 'applied')).toBe(true);

    const { token: freshToken } = await login(server.url);
    const after = await listOrders(server.url, freshToken);
    const seen = new Map<string, number>();
    for (const order of after) {
      for (const event of order.events)
        if (event.commandId) seen.set(event.commandId, (seen.get(event.commandId) ?? 0) + 1);
      const expectedCount = commands.filter((command) => command.targetId === order.id).length;
      expect(order.version).toBe((before.get(order.id) ?? 0) + expectedCount);
    }
    expect(commands.filter((command) => seen.get(command.id) !== 1)).toEqual([]);
  });
});
