import { filter, firstValueFrom } from 'rxjs';
import type { StaffUser } from '../../../shared/schemas/user';
import { orderStatuses } from '../../../shared/schemas/order';
import type { OrderFilters } from '../../../shared/schemas/order-filters';
import { queryOrderEntries, type OrderSort } from '../../../shared/domain/order/order-search';
import { newId } from '../../../shared/ids';
import { openLocalDatabase } from '../data/database';
import { OrderIndex } from '../data/order-index';
import { createRxDatabase, type RxCollection } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { orderLocalSchema } from '../data/local-schemas';
import { startReplications } from '../data/replication';
import { writePulledDocs, type PulledDoc } from '../data/pull-writer';
import { SyncEngine } from '../data/sync-engine';
import { createTrpcClient } from '../data/trpc-client';
import { runBulk } from '../features/bulk/run-bulk';
import { exceptionQueue$ } from '../features/exceptions/exception-queries';
import './initial-sync-bench';

export interface BrowserBenchResult {
  orders: number;
  syncSeconds: number;
  dexieBulkPutSeconds: number;
  rxdbWriteOnlySeconds: number;
  heapMb: number | null;
  [key: string]: number | null;
}

declare global {
  interface Window {
    runOrderDeskBench?: (token: string, user: StaffUser) => Promise<BrowserBenchResult>;
    /** Present when Chromium runs with `--js-flags=--expose-gc`. */
    gc?: () => void;
  }
}

const RUNS = 50;
const PAGE = 50;
const BULK_ORDERS = 10_000;

function log(line: string): void {
  const element = document.getElementById('log');
  if (element) element.textContent += `\n${line}`;
  // eslint-disable-next-line no-console -- bench-browser.ts forwards these lines to its output
  console.info(`bench: ${line}`);
}

async function fetchAllOrders(trpc: ReturnType<typeof createTrpcClient>): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = [];
  let checkpoint: { seq: number } | null = null;
  for (;;) {
    const page = await trpc.sync.pull.query({ collection: 'orders', checkpoint, limit: 5000 });
    all.push(...page.documents);
    if (page.documents.length < 5000) return all;
    checkpoint = page.checkpoint;
  }
}

/**
 * Raw baseline: the same documents (fetched first, not timed) written with Dexie bulkPut in chunks of
 * 5,000, in a worker (its own realm: RxDB bundles another Dexie version); the worker times the writes.
 */
async function rawDexieSeconds(docs: readonly Record<string, unknown>[]): Promise<number> {
  const worker = new Worker(new URL('./raw-dexie-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<number>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ seconds: number }>) => resolve(event.data.seconds);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage({ docs });
    });
  } finally {
    worker.terminate();
  }
}

/**
 * The app's storage write alone: the same documents (in memory, nothing fetched) written into a fresh
 * RxDB database by the pull loop's page writer in pages of 2,000; the part of the sync no network or
 * server work can remove.
 */
async function rxdbWriteSeconds(docs: readonly Record<string, unknown>[]): Promise<number> {
  // only the orders collection: the open-source RxDB allows 16 collections open at once
  const db = await createRxDatabase<{ orders: RxCollection<Record<string, unknown> & { id: string }> }>({
    name: `bench_floor_${Date.now()}`,
    storage: getRxStorageDexie(),
    multiInstance: true,
  });
  await db.addCollections({ orders: { schema: orderLocalSchema } });
  try {
    const started = performance.now();
    for (let i = 0; i < docs.length; i += 2000)
      await writePulledDocs(db.orders, docs.slice(i, i + 2000) as PulledDoc[]);
    return (performance.now() - started) / 1000;
  } finally {
    await db.remove();
  }
}

/** Used JS heap in MB after a full GC (when exposed), or null without `performance.memory`. */
async function heapMb(): Promise<number | null> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  window.gc?.();
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 1024 / 1024 : null;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}

/** Times `RUNS` list queries (filter + sort + first page) through the app's query over the index. */
function timeQueries(
  index: OrderIndex,
  filtersFor: (run: number) => OrderFilters,
  sort: OrderSort,
): { p50: number; p95: number; hits: number } {
  const times: number[] = [];
  let hits = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const filters = filtersFor(run);
    const started = performance.now();
    const matched = queryOrderEntries(index.all(), filters, sort);
    const page = matched.slice(0, PAGE);
    times.push(performance.now() - started);
    hits += page.length > 0 ? 1 : 0;
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), hits };
}

/**
 * Initial sync into a fresh RxDB device vs a raw Dexie bulkPut of the same documents; then the order
 * list's in-memory index over the synced orders (query/search latency, heap) and an offline bulk
 * action on 10,000 orders through the app's bulk runner, outbox and overlay.
 */
window.runOrderDeskBench = async (token, user) => {
  const trpc = createTrpcClient(() => token);
  const db = await openLocalDatabase(user.storeId, `bench_${Date.now()}`);
  const started = performance.now();
  const replications = startReplications(db, trpc, () => undefined);
  await Promise.all(replications.states.map((state) => state.awaitInitialReplication()));
  const syncSeconds = (performance.now() - started) / 1000;
  const orders = await db.orders.count().exec();
  await replications.stop(); // from here on the device is offline
  log(`synced ${orders} orders in ${syncSeconds.toFixed(1)} s`);
  const heapAfterSyncMb = await heapMb();

  const pulledDocs = await fetchAllOrders(trpc);
  const dexieBulkPutSeconds = await rawDexieSeconds(pulledDocs);
  log(`raw Dexie bulkPut ${dexieBulkPutSeconds.toFixed(1)} s`);
  const rxdbWriteOnlySeconds = await rxdbWriteSeconds(pulledDocs);
  pulledDocs.length = 0;
  log(`RxDB page writes alone ${rxdbWriteOnlySeconds.toFixed(1)} s`);

  const indexStarted = performance.now();
  const index = new OrderIndex(db, user);
  await index.start();
  const indexBuildSeconds = (performance.now() - indexStarted) / 1000;
  const heapAfterIndexMb = await heapMb();
  log(
    `index of ${index.size} orders in ${indexBuildSeconds.toFixed(1)} s, heap ${heapAfterIndexMb ?? '?'} MB`,
  );

  // search terms taken from the data, spread over the whole set
  const entries = [...index.all()];
  const sample = (run: number) =>
    entries[Math.floor(((run * 7919) % RUNS) * (entries.length / RUNS))] ?? entries[0];
  const nameParts = Array.from({ length: RUNS }, (_, run) => {
    const name = sample(run)?.order.customer.name ?? 'a';
    const last = name.split(' ').at(-1) ?? name;
    return last.slice(0, Math.max(3, Math.min(5, last.length)));
  });
  const numbers = Array.from({ length: RUNS }, (_, run) => sample(run)?.order.number ?? '1');
  const gtins = Array.from({ length: RUNS }, (_, run) => {
    const found = entries.slice((run * 997) % entries.length).find((entry) => entry.gtins.length > 0);
    return found?.order.items.find((item) => item.product.gtin)?.product.gtin ?? '00000000';
  });
  const byDate: OrderSort = { key: 'createdAt', direction: 'desc' };
  const list = timeQueries(
    index,
    (run) => ({ status: orderStatuses[run % orderStatuses.length] ?? 'pending' }),
    byDate,
  );
  const searchName = timeQueries(index, (run) => ({ q: nameParts[run] ?? 'a' }), byDate);
  const searchNumber = timeQueries(index, (run) => ({ q: numbers[run] ?? '1' }), byDate);
  const searchGtin = timeQueries(index, (run) => ({ q: gtins[run] ?? '0' }), byDate);
  log(
    `list p95 ${list.p95.toFixed(1)} ms, search p95 ${Math.max(searchName.p95, searchNumber.p95, searchGtin.p95).toFixed(1)} ms`,
  );

  // offline bulk action: the app's runner (validate + chunked outbox bulkInsert) until the index shows every tag,
  // with the outbox's standing subscribers of the app's order list screen active, as offline in the app:
  // the sync engine's outbox follower (counts, push attempt) and the navigation's exception count
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  const engine = new SyncEngine(db, trpc, token);
  engine.followOutbox();
  const standing = [
    engine.status$.subscribe(() => undefined),
    exceptionQueue$(db).subscribe(() => undefined),
  ];
  await new Promise((resolve) => setTimeout(resolve, 300)); // in the app they are loaded long before a bulk
  const tag = `bench-${Date.now()}`;
  const ids = entries.slice(0, BULK_ORDERS).map((entry) => entry.order.id);
  const bulkStarted = performance.now();
  const progress = await runBulk({
    ids,
    bulk: { action: 'add_tag', params: { tag } },
    getOrder: (id) => index.get(id),
    baseVersion: (id) => index.baseVersion(id),
    actor: user,
    deviceId: 'bench-device',
    insert: async (chunk) => {
      await db.outbox.bulkInsert(chunk);
      void engine.pushNow(); // as the app's bulk run does (returns at once offline)
    },
    onProgress: () => undefined,
    signal: new AbortController().signal,
    newId,
    now: () => new Date().toISOString(),
  });
  const bulkQueuedSeconds = (performance.now() - bulkStarted) / 1000;
  const failed = new Set(progress.failed.map((failure) => failure.id));
  const expected = ids.filter((id) => !failed.has(id));
  const shown = (): boolean => expected.every((id) => index.get(id)?.tags.includes(tag) ?? false);
  const overlayShown = await Promise.race([
    firstValueFrom(index.version$.pipe(filter(() => shown()))).then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 60_000)),
  ]);
  const bulkOverlaySeconds = overlayShown ? (performance.now() - bulkStarted) / 1000 : Number.NaN;
  const outboxCount = await db.outbox.count().exec();
  log(
    `bulk ${expected.length} queued in ${bulkQueuedSeconds.toFixed(2)} s, shown after ${bulkOverlaySeconds.toFixed(2)} s`,
  );
  index.stop();
  for (const subscription of standing) subscription.unsubscribe();
  await engine.stop();

  return {
    orders,
    syncSeconds,
    dexieBulkPutSeconds,
    rxdbWriteOnlySeconds,
    heapMb: heapAfterSyncMb,
    indexedOrders: index.size,
    indexBuildSeconds,
    heapAfterIndexMb,
    listP50Ms: list.p50,
    listP95Ms: list.p95,
    listRunsWithHits: list.hits,
    searchNameP50Ms: searchName.p50,
    searchNameP95Ms: searchName.p95,
    searchNameRunsWithHits: searchName.hits,
    searchNumberP50Ms: searchNumber.p50,
    searchNumberP95Ms: searchNumber.p95,
    searchNumberRunsWithHits: searchNumber.hits,
    searchGtinP50Ms: searchGtin.p50,
    searchGtinP95Ms: searchGtin.p95,
    searchGtinRunsWithHits: searchGtin.hits,
    bulkOrders: ids.length,
    bulkQueued: progress.queued,
    bulkFailed: progress.failed.length,
    bulkQueuedSeconds,
    bulkOverlaySeconds,
    outboxCount,
  };
};
