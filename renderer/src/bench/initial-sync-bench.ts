import type { StaffUser } from '../../../shared/schemas/user';
import { queryOrderEntries } from '../../../shared/domain/order/order-search';
import { deleteLocalDatabase, openLocalDatabase } from '../data/database';
import { OrderIndex } from '../data/order-index';
import { startReplications } from '../data/replication';
import { createTrpcClient } from '../data/trpc-client';
import { MainThreadProbe } from './main-thread-probe';

export interface InitialSyncBenchResult {
  orders: number;
  syncSeconds: number;
  firstScreenSeconds: number;
  longestTaskMs: number;
  longTasks: number;
  longestGapMs: number;
  [key: string]: number;
}

declare global {
  interface Window {
    runInitialSyncBench?: (token: string, user: StaffUser) => Promise<InitialSyncBenchResult>;
    runRawDexieBench?: (token: string) => Promise<{ orders: number; seconds: number }>;
  }
}

const FIRST_SCREEN = 50;

/**
 * One initial sync into a fresh device, as after a sign-in with the order list open: the app's pull
 * replication and the order list's OrderIndex (started at once, following the pages as they land).
 * Times the sync, the first screen (the index ready with a first page of 50 orders for the list's
 * default query) and the longest main-thread task meanwhile.
 */
window.runInitialSyncBench = async (token, user) => {
  const trpc = createTrpcClient(() => token);
  const probe = new MainThreadProbe();
  probe.start();
  const started = performance.now();
  const db = await openLocalDatabase(user.storeId, `bench_sync_${Date.now()}`);
  const index = new OrderIndex(db, user);
  let firstScreenSeconds = Number.NaN;
  const checkFirstScreen = (): void => {
    if (!Number.isNaN(firstScreenSeconds) || !index.ready$.value) return;
    const page = queryOrderEntries(index.all(), {}, { key: 'createdAt', direction: 'desc' }).slice(
      0,
      FIRST_SCREEN,
    );
    if (page.length >= FIRST_SCREEN) firstScreenSeconds = (performance.now() - started) / 1000;
  };
  const watching = index.version$.subscribe(checkFirstScreen);
  const replications = startReplications(db, trpc, () => undefined);
  void index.start();
  await Promise.all(replications.states.map((state) => state.awaitInitialReplication()));
  const syncSeconds = (performance.now() - started) / 1000;
  const tasks = probe.stop();
  await replications.stop();
  watching.unsubscribe();
  index.stop();
  const orders = await db.orders.count().exec();
  await deleteLocalDatabase(db);
  return { orders, syncSeconds, firstScreenSeconds, ...tasks };
};

/**
 * The raw baseline: every order (fetched first, not timed) written with Dexie bulkPut in chunks of
 * 5,000 in a worker (its own realm: RxDB bundles another Dexie version); the worker times the writes.
 */
window.runRawDexieBench = async (token) => {
  const trpc = createTrpcClient(() => token);
  const docs: Record<string, unknown>[] = [];
  for (let checkpoint: { seq: number } | null = null; ;) {
    const page = await trpc.sync.pull.query({ collection: 'orders', checkpoint, limit: 5000 });
    docs.push(...page.documents);
    if (page.documents.length < 5000) break;
    checkpoint = page.checkpoint;
  }
  const worker = new Worker(new URL('./raw-dexie-worker.ts', import.meta.url), { type: 'module' });
  try {
    const seconds = await new Promise<number>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ seconds: number }>) => resolve(event.data.seconds);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage({ docs });
    });
    return { orders: docs.length, seconds };
  } finally {
    worker.terminate();
  }
};
