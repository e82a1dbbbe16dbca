import { expect, it } from 'vitest';
import { withWriteTransaction } from '../../server/db/write-scope';
import { listChangedDocs } from '../../server/db/doc-store';
import { newId } from '../../shared/ids';
import { describeBackends } from '../factories/test-server';

// 'customers' stands in for any synced collection: the lock and the sequence do not care
const collection = 'customers';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describeBackends('write lock per store, pulls gap-free under concurrent commits', (server) => {
  const write = (storeId: string, hold: () => Promise<void> = () => Promise.resolve()) =>
    withWriteTransaction(server.app.db, server.app.feed, storeId, async (scope) => {
      const id = newId();
      scope.putDoc(collection, { id, storeId, version: 1 });
      await scope.tx.query('SELECT 1'); // flushes: the row and its sequence number exist from here on
      await hold();
      return id;
    });

  it.skipIf(server.backend === 'pglite')(
    "one store's open transaction does not block another store's write, but does block its own store",
    async () => {
      const storeA = newId();
      const storeB = newId();
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const slowA = write(storeA, () => held);
      await sleep(100); // A holds its lock
      const started = Date.now();
      await write(storeB); // must not wait for A
      expect(Date.now() - started).toBeLessThan(1000);
      let secondADone = false;
      const secondA = write(storeA).then(() => (secondADone = true));
      await sleep(300);
      expect(secondADone).toBe(false); // same store: queued behind the open transaction
      release();
      await Promise.all([slowA, secondA]);
      expect(secondADone).toBe(true);
    },
  );

  it("a store refuses to write another store's document", async () => {
    const storeA = newId();
    await expect(
      withWriteTransaction(server.app.db, server.app.feed, storeA, (scope) => {
        scope.putDoc(collection, { id: newId(), storeId: newId(), version: 1 });
      }),
    ).rejects.toThrow(/may not write store/);
  });

  it('a pull looping from its checkpoint while two stores commit out of order misses nothing', async () => {
    const stores = [newId(), newId()];
    const written = new Map<string, Set<string>>(stores.map((s) => [s, new Set()]));
    const writers = Array.from({ length: 60 }, (_, i) => {
      const storeId = stores[i % 2] ?? '';
      // random hold after the sequence number is taken: commits land out of sequence order
      return write(storeId, () => sleep(Math.random() * 30)).then((id) => written.get(storeId)?.add(id));
    });
    let done = false;
    const all = Promise.all(writers).then(() => (done = true));
    const pulled = new Map<string, Set<string>>(stores.map((s) => [s, new Set()]));
    const checkpoints = new Map<string, number>(stores.map((s) => [s, 0]));
    const pullOnce = async (storeId: string): Promise<void> => {
      for (;;) {
        const page = await listChangedDocs(
          server.app.db,
          collection,
          storeId,
          checkpoints.get(storeId) ?? 0,
          7,
        );
        for (const doc of page) pulled.get(storeId)?.add(doc.id);
        const last = page.at(-1);
        if (!last) return;
        checkpoints.set(storeId, last.seq);
      }
    };
    while (!done) {
      for (const storeId of stores) await pullOnce(storeId);
      await sleep(2);
    }
    await all;
    for (const storeId of stores) await pullOnce(storeId); // from the last checkpoint only
    for (const storeId of stores) {
      expect(written.get(storeId)?.size).toBe(30);
      expect([...(pulled.get(storeId) ?? [])].sort()).toEqual([...(written.get(storeId) ?? [])].sort());
    }
  });
});
