/// <reference lib="dom" />
import { chromium } from 'playwright-core';
import { startServer } from '../../server/start-server';
import type { StaffUser } from '../../shared/schemas/user';
import type { BenchResult } from './bench-report';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';
import { chromiumArgs, chromiumPath } from '../chromium-args';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);

interface BenchWindow {
  runOrderDeskBench?: (token: string, user: StaffUser) => Promise<Record<string, number | null>>;
}

/** Browser-side benchmarks in Debian's Chromium against a server holding ORDERS orders. */
export async function benchBrowser(databaseUrl?: string): Promise<BenchResult[]> {
  const seedStarted = performance.now();
  const schema = freshSchemaName('bench');
  const server = await startServer({
    port: 0,
    dataDir: 'memory',
    ...(databaseUrl ? { databaseUrl, schema } : {}),
    demo: true,
    demoOrders: ORDERS,
    rendererDir: 'dist/renderer-bench', // npm run bench builds it (vite --mode bench)
    logLevel: 'silent',
  });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc --max-old-space-size=4096',
    ],
  });
  try {
    const login = (await (
      await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@orderdesk.test', password: 'demo1234' }),
      })
    ).json()) as { token: string; user: StaffUser };
    const page = await browser.newPage();
    page.setDefaultTimeout(30 * 60_000);
    page.on('console', (message) => {
      if (message.text().startsWith('bench: ')) console.log(`  ${message.text()}`);
    });
    page.on('pageerror', (error) => console.log(`  bench page error: ${error.message}`));
    await page.goto(`${server.url}/bench.html`);
    await page.waitForFunction(
      () => typeof (window as unknown as BenchWindow).runOrderDeskBench === 'function',
    );
    const result = await page.evaluate(
      ([token, user]) => (window as unknown as BenchWindow).runOrderDeskBench?.(token, user),
      [login.token, login.user] as const,
    );
    if (!result) throw new Error('bench page did not answer');
    const num = (key: string): number => result[key] ?? Number.NaN;
    const docsPerSecond = num('orders') / num('syncSeconds');
    const ratio = num('syncSeconds') / num('dexieBulkPutSeconds');
    const searchP95 = Math.max(num('searchNameP95Ms'), num('searchNumberP95Ms'), num('searchGtinP95Ms'));
    const indexHeap = result.heapAfterIndexMb ?? null;
    return [
      {
        name: `Initial sync of ${num('orders')} orders into a fresh browser device (server on ${server.app.db.kind})`,
        metrics: {
          seconds: num('syncSeconds'),
          docsPerSecond,
          rawDexieBulkPutSeconds: num('dexieBulkPutSeconds'),
          rawDexieDocsPerSecond: num('orders') / num('dexieBulkPutSeconds'),
          ratioToRawDexie: ratio,
          rxdbWritesAloneSeconds: num('rxdbWriteOnlySeconds'),
          rxdbWritesAloneRatioToRawDexie: num('rxdbWriteOnlySeconds') / num('dexieBulkPutSeconds'),
          serverSeedSeconds: seedSeconds,
        },
        goal: '≤ 2× raw Dexie bulkPut and ≥ 10,000 docs/s',
        met: ratio <= 2 && docsPerSecond >= 10_000,
        notes:
          "Sync = the app's pull loop (renderer/src/data/pull-loop.ts): pages of 2,000 over tRPC (HTTP) from the server (which runs on the same host), the next page fetched while the previous one is written, each page stored with one bulkWrite on the RxDB collection's storage (Dexie), the checkpoint kept in the database's internal store. The raw baseline writes the same documents (already in memory) with Dexie bulkPut in chunks of 5,000 in a worker. " +
          "rxdbWritesAlone = the same documents, already in memory, written by the pull loop's page writer into a fresh RxDB database: what the storage costs without any network or server work. " +
          "Where the time goes: RxDB's Dexie storage (the storage the design fixes) reads every page's ids before writing (conflict check), deep-copies every document into its Dexie form and emits a change event per document, so its writes alone take about twice the raw bulkPut (rxdbWritesAloneRatioToRawDexie; the same without the collection's secondary indexes, measured at 50,000); the rest is the server (on the same 2 cores) producing pages while the browser writes. " +
          'docs/s is bounded by the raw rate of IndexedDB on the host (rawDexieDocsPerSecond): where that is below 10,000, the docs/s goal asks for more than the raw baseline itself does.',
      },
      {
        name: `Order list query over ${num('indexedOrders')} local orders (status filter + date sort + first page of 50)`,
        metrics: { p50Ms: num('listP50Ms'), p95Ms: num('listP95Ms'), runs: 50 },
        goal: 'p95 ≤ 30 ms',
        met: num('listP95Ms') <= 30,
        notes:
          "The app's OrderIndex (renderer/src/data/order-index.ts) built over the synced RxDB collection, queried with queryOrderEntries (the order list's filter + sort); 50 runs cycling through the 9 statuses.",
      },
      {
        name: `Order search over ${num('indexedOrders')} local orders (text search + date sort + first page)`,
        metrics: {
          customerNameP50Ms: num('searchNameP50Ms'),
          customerNameP95Ms: num('searchNameP95Ms'),
          orderNumberP50Ms: num('searchNumberP50Ms'),
          orderNumberP95Ms: num('searchNumberP95Ms'),
          gtinP50Ms: num('searchGtinP50Ms'),
          gtinP95Ms: num('searchGtinP95Ms'),
          worstP95Ms: searchP95,
        },
        goal: 'p95 ≤ 60 ms',
        met: searchP95 <= 60,
        notes:
          '50 runs each with terms taken from the data: a 3–5 letter part of a customer last name, an exact order number, an item GTIN.',
      },
      {
        name: 'Renderer heap after sync and after building the order index',
        metrics: {
          heapAfterSyncMb: result.heapMb ?? Number.NaN,
          heapAfterIndexMb: indexHeap ?? Number.NaN,
          indexBuildSeconds: num('indexBuildSeconds'),
        },
        goal: '≤ 400 MB',
        met: indexHeap === null ? null : indexHeap <= 400,
        notes:
          'performance.memory.usedJSHeapSize after a forced GC (Chromium with --expose-gc), RxDB database + index in memory.',
      },
      {
        name: `Offline bulk action on ${num('bulkOrders')} orders until the overlay shows`,
        metrics: {
          seconds: num('bulkOverlaySeconds'),
          queuedSeconds: num('bulkQueuedSeconds'),
          queued: num('bulkQueued'),
          failed: num('bulkFailed'),
          outboxEntries: num('outboxCount'),
        },
        goal: '≤ 2 s',
        met: num('bulkOverlaySeconds') <= 2,
        notes:
          "Add-tag through the app's bulk runner (runBulk: shared validation per order, outbox bulkInsert in chunks of 250, a yield between chunks, a push attempt after each chunk as the app does) with replication stopped and the page reporting offline, timed until the OrderIndex shows the tag on every queued order (overlay applied). The outbox's standing subscribers of the app's order list screen run during the bulk: the OrderIndex, the sync engine's outbox follower (pending/problem counts, push attempt) and the navigation's open-exception count. All of them follow the outbox's change events (the index directly, the others through the shared OutboxStore, renderer/src/data/outbox-store.ts), so each chunk costs them work for its own 250 entries; before, the sync engine and the exception count re-read and converted the whole outbox after every chunk. Almost all of the time is RxDB's Dexie write of the 10,000 outbox documents (a get and a put per document, at about the raw Dexie bulkPut rate per document). Varies with host load.",
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    if (databaseUrl) await dropSchema(databaseUrl, schema);
  }
}
