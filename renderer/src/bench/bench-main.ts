import Dexie from 'dexie';
import { openLocalDatabase } from '../data/database';
import { startReplications } from '../data/replication';
import { createTrpcClient } from '../data/trpc-client';

export interface BrowserBenchResult {
  orders: number;
  syncSeconds: number;
  dexieBulkPutSeconds: number;
  heapMb: number | null;
  [key: string]: number | null;
}

declare global {
  interface Window {
    runOrderDeskBench?: (token: string, storeId: string) => Promise<BrowserBenchResult>;
  }
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

/** Initial sync into a fresh RxDB device vs a raw Dexie bulkPut of the same documents. */
window.runOrderDeskBench = async (token, storeId) => {
  const trpc = createTrpcClient(() => token);
  const db = await openLocalDatabase(storeId, `bench_${Date.now()}`);
  const started = performance.now();
  const replications = startReplications(db, trpc, () => undefined);
  await Promise.all(replications.states.map((state) => state.awaitInitialReplication()));
  const syncSeconds = (performance.now() - started) / 1000;
  const orders = await db.orders.count().exec();
  await replications.stop();

  const docs = await fetchAllOrders(trpc);
  const dexie = new Dexie(`bench_raw_${Date.now()}`);
  dexie.version(1).stores({ orders: 'id, createdAt, status, number' });
  const rawStarted = performance.now();
  for (let i = 0; i < docs.length; i += 5000) await dexie.table('orders').bulkPut(docs.slice(i, i + 5000));
  const dexieBulkPutSeconds = (performance.now() - rawStarted) / 1000;
  dexie.close();
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return {
    orders,
    syncSeconds,
    dexieBulkPutSeconds,
    heapMb: memory ? memory.usedJSHeapSize / 1024 / 1024 : null,
  };
};
