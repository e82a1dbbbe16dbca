/// <reference lib="webworker" />
import Dexie from 'dexie';

/**
 * The raw baseline of the sync bench: Dexie bulkPut of the given documents in chunks of 5,000.
 * Runs in a worker because RxDB bundles its own Dexie and two Dexie versions refuse to share a realm.
 */
self.onmessage = async (event: MessageEvent<{ docs: Record<string, unknown>[] }>) => {
  const { docs } = event.data;
  const dexie = new Dexie(`bench_raw_${Date.now()}`);
  dexie.version(1).stores({ orders: 'id, createdAt, status, number' });
  const started = performance.now();
  for (let i = 0; i < docs.length; i += 5000) await dexie.table('orders').bulkPut(docs.slice(i, i + 5000));
  const seconds = (performance.now() - started) / 1000;
  dexie.close();
  self.postMessage({ seconds });
};
