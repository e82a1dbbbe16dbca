import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';
import { formatInvoiceNumber } from '../../shared/domain/invoicing/invoice-series';
import type { AppRouter } from '../../server/trpc/app-router';
import type { Command, CommandOutcome } from '../../shared/schemas/command';
import type { Order } from '../../shared/schemas/order';
import { newId } from '../../shared/ids';
import { ServerProcess } from './server-process';
import { loginAs } from '../factories/staff-login';

const COMMANDS = 400;
// plus one invoice.issue per 20 commands (up to 20), from one device series
const KILLS = 3;
const BATCH = 25;

const backends: { name: string; databaseUrl?: string }[] = [
  { name: 'pglite' },
  ...(process.env.DATABASE_URL ? [{ name: 'postgres', databaseUrl: process.env.DATABASE_URL }] : []),
];

async function login(url: string): Promise<{ token: string; userId: string }> {
  return loginAs(url, 'manager@orderdesk.test');
}

async function listOrders(url: string, token: string): Promise<Order[]> {
  const response = await fetch(`${url}/api/v1/admin/orders?limit=500`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { items: Order[] }).items;
}

/** `invoice.issue` commands numbered 1…n from a freshly registered device's own series, one per invoiceable order. */
async function invoiceIssueCommands(
  client: TRPCClient<AppRouter>,
  userId: string,
  orders: readonly Order[],
): Promise<Command[]> {
  const deviceId = `kill-test-${newId()}`;
  const { code } = await client.sync.registerDevice.mutate({ deviceId });
  const settings = await client.sync.pull.query({
    collection: 'invoice_settings',
    checkpoint: null,
    limit: 10,
  });
  const { store, invoicePrefix } = settings.documents[0] as unknown as {
    store: { code: string };
    invoicePrefix: string;
  };
  const issueDate = new Date().toISOString().slice(0, 10);
  const series = `${invoicePrefix}-${store.code}-${code}-${issueDate.slice(0, 4)}`;
  const invoiceable = orders
    .filter((order) => order.status !== 'cancelled' && order.openExceptionCount === 0)
    .slice(0, 20);
  return invoiceable.map((order, index) => {
    const invoiceId = newId();
    const sequence = index + 1;
    return {
      id: newId(),
      type: 'invoice.issue',
      targetId: invoiceId,
      expectedVersion: order.version,
      payload: {
        invoiceId,
        orderId: order.id,
        number: formatInvoiceNumber(series, sequence),
        series,
        sequence,
        issueDate,
      },
      userId,
      deviceId,
      createdAt: new Date().toISOString(),
    };
  });
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
    const tagCommands: Command[] = Array.from({ length: COMMANDS }, (_, index) => ({
      id: newId(),
      type: 'order.add_tags',
      targetId: orders[index % orders.length]?.id ?? '',
      expectedVersion: null,
      payload: { tags: [`r${index}`] },
      userId,
      deviceId: 'reliability-test',
      createdAt: new Date().toISOString(),
    }));
    const invoiceCommands = await invoiceIssueCommands(client, userId, orders);
    // one invoice every 20 commands: the device's series must end gapless whatever crashed when
    const commands = tagCommands.flatMap((command, index) => {
      const invoice = index % 20 === 0 ? invoiceCommands[index / 20] : undefined;
      return invoice ? [invoice, command] : [command];
    });
    const outcomes = new Map<string, CommandOutcome>();
    // Crash points: three distinct push rounds, each killed while its request is in flight.
    const rounds = Math.ceil(COMMANDS / BATCH);
    const crashRounds = new Set<number>();
    while (crashRounds.size < KILLS) crashRounds.add(2 + Math.floor(Math.random() * (rounds - 4)));
    let kills = 0;
    let round = 0;
    while (outcomes.size < commands.length && round < 10_000) {
      round += 1;
      const pending = commands.filter((command) => !outcomes.has(command.id)).slice(0, BATCH);
      const crashHere = crashRounds.has(round);
      // the handlers are attached at once: a request killed in flight must not count as an unhandled rejection
      const push = client.sync.push.mutate({ commands: pending }).then(
        (result) => ({ result }),
        () => ({ result: undefined }),
      );
      if (crashHere) {
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 40)));
        await server.kill();
        kills += 1;
      }
      const { result } = await push;
      // no result: the answer was lost (maybe after the commit), so the same commands go again after the restart
      for (const outcome of result?.outcomes ?? []) outcomes.set(outcome.commandId, outcome);
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
      const expectedCount =
        tagCommands.filter((command) => command.targetId === order.id).length +
        invoiceCommands.filter((command) => (command.payload as { orderId: string }).orderId === order.id)
          .length;
      expect
        .soft(
          order.version,
          `version of order ${order.number} (${order.events.map((e) => e.type).join(',')})`,
        )
        .toBe((before.get(order.id) ?? 0) + expectedCount);
    }
    expect(tagCommands.filter((command) => seen.get(command.id) !== 1)).toEqual([]);

    const admin = await loginAs(server.url, 'admin@orderdesk.test');
    const seriesResponse = await fetch(`${server.url}/api/v1/admin/invoice-series`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    const series = (
      (await seriesResponse.json()) as { items: { series: string; lastSequence: number; gaps: unknown[] }[] }
    ).items;
    const deviceSeries = series.find(
      (row) => row.series === (invoiceCommands[0]?.payload as { series: string }).series,
    );
    expect.soft(deviceSeries).toMatchObject({ lastSequence: invoiceCommands.length, gaps: [] });
  });
});
