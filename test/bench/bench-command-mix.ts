import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../server/trpc/app-router';
import { authenticatedStaffById } from '../../server/auth/staff-auth';
import { startServer, type RunningServer } from '../../server/start-server';
import type { Queryable } from '../../server/db/sql-client';
import { applyCommands } from '../../server/services/apply-command';
import type { Command } from '../../shared/schemas/command';
import type { Order } from '../../shared/schemas/order';
import type { StaffUser } from '../../shared/schemas/user';
import { newId } from '../../shared/ids';
import { medianOfRuns, type BenchResult } from './bench-report';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';
import { mixCommands, type MixKind } from './command-mix';
import { loginAs } from '../factories/staff-login';

/*
 * Write-path figures of issue 16 on one server: the realistic command mix (pushed over tRPC HTTP, as
 * devices do) against a plain-SQL baseline writing the same rows in the same batched transactions,
 * and the apply rate of four writers on one store vs one writer on each of four stores.
 */

const BATCH = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MIX_ORDERS = Number(process.env.BENCH_MIX_ORDERS ?? 1800);
const STORE_COMMANDS = Number(process.env.BENCH_STORE_COMMANDS ?? 2400);

interface Bench {
  server: RunningServer;
  schema: string;
  databaseUrl: string | undefined;
}

async function startBenchServer(databaseUrl: string | undefined, demoOrders: number): Promise<Bench> {
  const schema = freshSchemaName('bench_mix');
  const server = await startServer({
    port: 0,
    dataDir: 'memory',
    ...(databaseUrl ? { databaseUrl, schema } : {}),
    demo: true,
    demoOrders,
    logLevel: 'silent',
  });
  return { server, schema, databaseUrl };
}

async function closeBench(bench: Bench): Promise<void> {
  await bench.server.close();
  if (bench.databaseUrl) await dropSchema(bench.databaseUrl, bench.schema).catch(() => undefined);
}

async function storedOrders(db: Queryable): Promise<Order[]> {
  const rows = await db.query<{ data: Order | string }>(
    `SELECT data FROM docs WHERE collection = 'orders' AND NOT deleted ORDER BY seq`,
  );
  return rows.map((row) => (typeof row.data === 'string' ? (JSON.parse(row.data) as Order) : row.data));
}

async function maxSeq(db: Queryable): Promise<number> {
  const [row] = await db.query<{ seq: string | number | null }>('SELECT max(seq) AS seq FROM docs');
  return Number(row?.seq ?? 0);
}

interface DocRow {
  collection: string;
  id: string;
  store_id: string;
  data: unknown;
}

/** One measured run of the mix: push time per batch, and the document rows each batch wrote last. */
async function runMix(
  bench: Bench,
): Promise<{ seconds: number; counts: Record<MixKind | 'rejected', number>; batches: DocRow[][] }> {
  const { server } = bench;
  const manager = await loginAs(server.url, 'manager@orderdesk.test');
  const client = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${server.url}/trpc`, headers: { authorization: `Bearer ${manager.token}` } })],
  });
  const deviceId = `bench-${newId()}`;
  const { code } = await client.sync.registerDevice.mutate({ deviceId });
  const settings = await client.sync.pull.query({
    collection: 'invoice_settings',
    checkpoint: null,
    limit: 10,
  });
  const invoiceSettings = settings.documents[0] as unknown as {
    store: { code: string };
    invoicePrefix: string;
  };
  const series = `${invoiceSettings.invoicePrefix}-${invoiceSettings.store.code}-${code}-${new Date().toISOString().slice(0, 4)}`;
  const invoiced = await server.app.db.query<{ orderId: string }>(
    `SELECT data->>'orderId' AS "orderId" FROM docs WHERE collection = 'invoices'`,
  );
  const { commands, counts } = mixCommands(
    await storedOrders(server.app.db),
    { userId: manager.userId, deviceId, series },
    new Set(invoiced.map((row) => row.orderId)),
  );
  let seconds = 0;
  let rejected = 0;
  const batches: DocRow[][] = [];
  let seq = await maxSeq(server.app.db);
  for (let i = 0; i < commands.length; i += BATCH) {
    const started = performance.now();
    const { outcomes } = await client.sync.push.mutate({ commands: commands.slice(i, i + BATCH) });
    seconds += (performance.now() - started) / 1000;
    const refused = outcomes.filter((outcome) => outcome.status !== 'applied');
    rejected += refused.length;
    if (process.env.BENCH_DEBUG)
      for (const outcome of refused.slice(0, 5)) console.error(JSON.stringify(outcome).slice(0, 300));
    batches.push(
      await server.app.db.query<DocRow>('SELECT collection, id, store_id, data FROM docs WHERE seq > $1', [
        seq,
      ]),
    );
    seq = await maxSeq(server.app.db);
  }
  return { seconds, counts: { ...counts, rejected }, batches };
}

/** The baseline: per batch one transaction writing the same document rows and one command row per command, statement by statement. */
async function runBaseline(
  db: Queryable & { transaction: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T> },
  batches: readonly DocRow[][],
  commandsPerBatch: number[],
): Promise<number> {
  const started = performance.now();
  for (const [index, rows] of batches.entries()) {
    await db.transaction(async (tx) => {
      for (const row of rows)
        await tx.query(
          `INSERT INTO docs (collection, id, store_id, seq, version, deleted, data)
           VALUES ($1, $2, $3, nextval('sync_seq'), 1, false, $4::jsonb)
           ON CONFLICT (collection, id) DO UPDATE SET data = excluded.data, seq = excluded.seq, version = docs.version + 1`,
          [row.collection, row.id, row.store_id, JSON.stringify(row.data)],
        );
      for (let i = 0; i < (commandsPerBatch[index] ?? 0); i += 1)
        await tx.query(
          `INSERT INTO commands (id, type, target_id, user_id, device_id, status, outcome) VALUES ($1, 'baseline', $2, $2, 'baseline', 'applied', '{}'::jsonb)`,
          [newId(), rows[i % Math.max(1, rows.length)]?.id ?? newId()],
        );
    });
  }
  return (performance.now() - started) / 1000;
}

/** The realistic mix (ship, partial ship, refund, cancel, edit, tag, invoice issue) vs the same writes by plain SQL. */
export async function benchCommandMix(databaseUrl: string | undefined): Promise<BenchResult> {
  const runs: Record<string, number>[] = [];
  let backend = 'PGlite';
  let mix: Record<string, number> = {};
  for (let run = 0; run < RUNS; run += 1) {
    const bench = await startBenchServer(databaseUrl, MIX_ORDERS);
    try {
      backend = bench.server.app.db.kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
      const measured = await runMix(bench);
      const commands = Object.entries(measured.counts)
        .filter(([kind]) => kind !== 'rejected')
        .reduce((sum, [, count]) => sum + count, 0);
      const perBatch = measured.batches.map((_, i) => Math.min(BATCH, commands - i * BATCH));
      const baselineSeconds = await runBaseline(bench.server.app.db, measured.batches, perBatch);
      const rate = commands / measured.seconds;
      const baselineRate = commands / baselineSeconds;
      mix = measured.counts;
      runs.push({
        commands,
        commandsPerSecond: rate,
        baselineCommandsPerSecond: baselineRate,
        ratioToBaseline: rate / baselineRate,
        documentRowsWritten: measured.batches.reduce((sum, rows) => sum + rows.length, 0),
        rejected: measured.counts.rejected,
      });
    } finally {
      await closeBench(bench);
    }
  }
  const { metrics, runs: all } = medianOfRuns(runs);
  const onPostgres = backend === 'PostgreSQL';
  return {
    name: `Command apply, realistic mix (${backend})`,
    metrics,
    ...(all ? { runs: all } : {}),
    goal: '≥ 2,000 commands/s, against a baseline doing the same row writes in the same batched transactions',
    met: onPostgres ? (metrics.commandsPerSecond ?? 0) >= 2000 && metrics.rejected === 0 : null,
    ...(onPostgres ? { goalId: 'command-mix' as const } : {}),
    notes:
      `Mix per run: ${Object.entries(mix)
        .filter(([kind]) => kind !== 'rejected')
        .map(([kind, count]) => `${count} ${kind}`)
        .join(
          ', ',
        )}; one command per order, pushed over tRPC HTTP in batches of ${BATCH} (one transaction each), the shared domain functions and every middleware (stock, customer statistics, invoicing, automation). ` +
      'The baseline replays, per batch and in one transaction, the document rows that batch wrote (orders, products, invoices, customer statistics, read back after the batch) as one upsert statement each, plus one command row per command: the same rows by the simplest means, without any domain work.' +
      (onPostgres ? '' : ' Reported on PGlite; the goal is judged on PostgreSQL.'),
  };
}

/** Copies the demo store (and `ordersPerStore` of its orders) into `extra` new stores; their staff users. */
async function cloneStores(
  bench: Bench,
  manager: StaffUser,
  extra: number,
  ordersPerStore: number,
): Promise<{ user: StaffUser; orderIds: string[] }[]> {
  const db = bench.server.app.db;
  const orders = (await storedOrders(db)).slice(0, ordersPerStore);
  const result = [{ user: manager, orderIds: orders.map((order) => order.id) }];
  const [store] = await db.query<{ data: unknown }>('SELECT data FROM stores WHERE id = $1', [
    manager.storeId,
  ]);
  for (let s = 0; s < extra; s += 1) {
    const storeId = newId();
    await db.query('INSERT INTO stores (id, data) VALUES ($1, $2::jsonb)', [
      storeId,
      JSON.stringify({ ...(store?.data as object), id: storeId, code: `B${s}` }),
    ]);
    const ids: string[] = [];
    for (const order of orders) {
      const id = newId();
      ids.push(id);
      await db.query(
        `INSERT INTO docs (collection, id, store_id, seq, version, deleted, data) VALUES ('orders', $1, $2, nextval('sync_seq'), $3, false, $4::jsonb)`,
        [id, storeId, order.version, JSON.stringify({ ...order, id, storeId, customerId: null })],
      );
    }
    result.push({ user: { ...manager, id: newId(), storeId }, orderIds: ids });
  }
  return result;
}

function editCommands(user: StaffUser, orderIds: readonly string[], count: number, tag: string): Command[] {
  return Array.from({ length: count }, (_, i) => ({
    id: newId(),
    type: i % 2 === 0 ? 'order.add_tags' : 'order.set_notes',
    targetId: orderIds[i % orderIds.length] ?? '',
    expectedVersion: null,
    payload: i % 2 === 0 ? { tags: [`${tag}${i % 5}`] } : { notes: `Bench note ${tag} ${i}` },
    userId: user.id,
    deviceId: 'bench',
    createdAt: new Date().toISOString(),
  }));
}

/** Four writers pushing batches at once: all on one store (one lock), or one on each of four stores. */
async function fourWriters(
  bench: Bench,
  writers: { user: StaffUser; orderIds: string[] }[],
  perWriter: number,
): Promise<number> {
  const jobs = writers.map((writer, w) => editCommands(writer.user, writer.orderIds, perWriter, `w${w}`));
  const started = performance.now();
  await Promise.all(
    jobs.map(async (commands, w) => {
      const user = writers[w]?.user;
      if (!user) return;
      for (let i = 0; i < commands.length; i += BATCH)
        await applyCommands(bench.server.app, user, commands.slice(i, i + BATCH));
    }),
  );
  return (performance.now() - started) / 1000;
}

/** Apply rate of four concurrent writers on one store vs on four stores (same total work). */
export async function benchPerStoreWrites(databaseUrl: string | undefined): Promise<BenchResult> {
  const bench = await startBenchServer(databaseUrl, 600);
  try {
    const backend = bench.server.app.db.kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
    const manager = await loginAs(bench.server.url, 'manager@orderdesk.test');
    const user = await authenticatedStaffById(bench.server.app.db, manager.userId);
    const stores = await cloneStores(bench, user, 3, 600);
    const home = stores[0];
    if (!home) throw new Error('no store');
    const perWriter = STORE_COMMANDS / 4;
    const runs: Record<string, number>[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const oneStore = await fourWriters(bench, [home, home, home, home], perWriter);
      const fourStores = await fourWriters(bench, stores, perWriter);
      runs.push({
        commands: STORE_COMMANDS,
        oneStoreCommandsPerSecond: STORE_COMMANDS / oneStore,
        fourStoresCommandsPerSecond: STORE_COMMANDS / fourStores,
        speedup: oneStore / fourStores,
      });
    }
    const { metrics, runs: all } = medianOfRuns(runs);
    const onPostgres = backend === 'PostgreSQL';
    return {
      name: `Apply rate, 4 writers on 1 store vs 1 writer on each of 4 stores (${backend})`,
      metrics,
      ...(all ? { runs: all } : {}),
      goal: 'writes serialise per store: four stores apply in parallel (speedup > 1 on PostgreSQL)',
      met: onPostgres ? (metrics.speedup ?? 0) > 1.1 : null,
      ...(onPostgres ? { goalId: 'per-store-writes' as const } : {}),
      notes:
        `Each writer applies ${perWriter} commands (add_tags / set_notes alternating) in batches of ${BATCH} through applyCommands in the server process; four writers run at once. ` +
        'On one store they queue on its advisory write lock; on four stores each takes its own lock, so batches commit in parallel (bounded by the machine: 2 cores run the server and PostgreSQL). ' +
        (onPostgres
          ? ''
          : "PGlite is one connection in one process: it runs one transaction at a time whatever the lock scope; what speedup it shows comes from one store's domain work overlapping another store's SQL."),
    };
  } finally {
    await closeBench(bench);
  }
}
