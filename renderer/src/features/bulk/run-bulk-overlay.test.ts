import { afterEach, describe, expect, it } from 'vitest';
import { parseBulkAction } from '../../../../shared/domain/order/bulk-actions';
import { makeTestOrder } from '../../../../shared/domain/order/order-test-fixtures';
import type { OrderDeskDatabase } from '../../data/database';
import type { OutboxEntry } from '../../data/local-schemas';
import { OrderIndex } from '../../data/order-index';
import { openTestDatabase, testActor } from '../../data/data-test-fixtures';
import { runBulk, type BulkProgress, type RunBulkInput } from './run-bulk';

const orders = Array.from({ length: 30 }, (_, i) => makeTestOrder(i + 1));
let open: { db: OrderDeskDatabase; index: OrderIndex } | undefined;

afterEach(async () => {
  open?.index.stop();
  await open?.db.close();
  open = undefined;
});

/** The real order index over an in-memory database, and a bulk run that writes its outbox. */
async function setup() {
  const db = await openTestDatabase(['orders', 'outbox', 'orderexceptions', 'products']);
  await db.orders.bulkInsert(orders.map((order) => ({ ...order })));
  const index = new OrderIndex(db, testActor);
  await index.start();
  open = { db, index };
  let seq = 0;
  const progress: BulkProgress[] = [];
  const input: RunBulkInput = {
    ids: orders.map((order) => order.id),
    bulk: parseBulkAction('add_tag', { tag: 'rush' }),
    getOrder: (id) => index.get(id),
    baseVersion: (id) => index.baseVersion(id),
    actor: testActor,
    deviceId: 'dev-1',
    insert: async (entries) => {
      await db.outbox.bulkInsert(entries);
    },
    show: (entries) => index.showUnsaved(entries),
    dropUnstored: (entries) => index.dropUnsaved(entries.map((entry) => entry.id)),
    onProgress: (p) => progress.push(p),
    signal: new AbortController().signal,
    newId: () => `0190a000-0000-7000-8005-${(seq++).toString(16).padStart(12, '0')}`,
    now: () => '2026-11-28T10:00:00.000Z',
    chunkSize: 10,
  };
  return { db, index, input, progress };
}

const tagged = (index: OrderIndex): number =>
  orders.filter((order) => index.get(order.id)?.tags.includes('rush')).length;

const storedTargets = async (db: OrderDeskDatabase): Promise<Set<string>> =>
  new Set((await db.outbox.find().exec()).map((doc) => doc.targetId));

describe('runBulk with the order index shown first', () => {
  it('shows every command before the first chunk is stored, then stores them all', async () => {
    const { db, index, input, progress } = await setup();
    const seenAtFirstWrite: number[] = [];
    const result = await runBulk({
      ...input,
      insert: async (entries) => {
        seenAtFirstWrite.push(tagged(index));
        await db.outbox.bulkInsert(entries);
      },
    });
    expect(seenAtFirstWrite[0]).toBe(30);
    expect(progress.slice(0, 2)).toMatchObject([
      { done: 0, queued: 0, finished: false }, // at once: the panel shows before the planning
      { done: 0, queued: 0, applied: 30, finished: false }, // every command shown, none stored yet
    ]);
    expect(result).toMatchObject({ done: 30, queued: 30, applied: 30, finished: true });
    expect(result.withdrawn).toBeUndefined();
    expect((await storedTargets(db)).size).toBe(30);
    expect(tagged(index)).toBe(30);
  });

  it('a chunk that fails to store is taken back from the list; chunks stored before stay', async () => {
    const { db, index, input } = await setup();
    let chunks = 0;
    const result = await runBulk({
      ...input,
      insert: async (entries: OutboxEntry[]) => {
        chunks += 1;
        if (chunks === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        await db.outbox.bulkInsert(entries);
      },
    });
    expect(result).toMatchObject({ done: 10, queued: 10, applied: 10, withdrawn: 20, finished: true });
    expect(result.error).toContain('quota');
    const stored = await storedTargets(db);
    expect(stored.size).toBe(10);
    for (const order of orders) {
      // shown as changed and pending exactly when its command is stored on this device
      expect(index.get(order.id)?.tags.includes('rush')).toBe(stored.has(order.id));
      expect(index.hasPending(order.id)).toBe(stored.has(order.id));
    }
  });

  it('a cancelled run keeps what was stored and no longer shows the rest', async () => {
    const { db, index, input } = await setup();
    const controller = new AbortController();
    const result = await runBulk({
      ...input,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 20) controller.abort();
      },
    });
    expect(result).toMatchObject({ done: 20, queued: 20, applied: 20, withdrawn: 10, cancelled: true });
    expect((await storedTargets(db)).size).toBe(20);
    expect(tagged(index)).toBe(20);
  });

  it('takes back commands a write left unstored without throwing (RxDB reports conflicts per document)', async () => {
    const { db, index, input } = await setup();
    const result = await runBulk({
      ...input,
      insert: async (entries) => {
        await db.outbox.bulkInsert(entries.slice(1)); // as if the first of each chunk were refused
      },
    });
    expect(result.finished).toBe(true);
    expect((await storedTargets(db)).size).toBe(27);
    expect(tagged(index)).toBe(27);
  });
});
