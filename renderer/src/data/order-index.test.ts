import { afterEach, describe, expect, it } from 'vitest';
import { makeTestOrder } from '../../../shared/domain/order/order-test-fixtures';
import type { OrderDeskDatabase } from './database';
import type { OutboxEntry } from './local-schemas';
import { OrderIndex } from './order-index';
import { makeOutboxEntry, openTestDatabase, testActor } from './data-test-fixtures';

const orders = [makeTestOrder(1), makeTestOrder(2), makeTestOrder(3)];
let open: { db: OrderDeskDatabase; index: OrderIndex } | undefined;

const tagEntry = (targetId: string, tag: string, overrides: Partial<OutboxEntry> = {}): OutboxEntry =>
  makeOutboxEntry('order.add_tags', targetId, { tags: [tag] }, overrides);

/** The index over an in-memory database holding `orders` (and `outbox` before the index starts). */
async function setup(outbox: OutboxEntry[] = []): Promise<{ db: OrderDeskDatabase; index: OrderIndex }> {
  const db = await openTestDatabase(['orders', 'outbox', 'orderexceptions', 'products']);
  await db.orders.bulkInsert(orders.map((order) => ({ ...order })));
  if (outbox.length > 0) await db.outbox.bulkInsert(outbox);
  const index = new OrderIndex(db, testActor);
  await index.start();
  open = { db, index };
  return open;
}

const tags = (index: OrderIndex, n: number): string[] | undefined => index.get(orders[n]?.id ?? '')?.tags;

afterEach(async () => {
  open?.index.stop();
  await open?.db.close();
  open = undefined;
});

describe('OrderIndex and the outbox', () => {
  it('shows commands queued before it started', async () => {
    const { index } = await setup([tagEntry(orders[0]?.id ?? '', 'a'), tagEntry(orders[0]?.id ?? '', 'b')]);
    expect(tags(index, 0)).toEqual(['a', 'b']);
    expect(tags(index, 1)).toEqual([]);
    expect(index.hasPending(orders[0]?.id ?? '')).toBe(true);
  });

  it('follows inserts, status changes and removals of outbox entries for just their orders', async () => {
    const { db, index } = await setup();
    const untouched = index.get(orders[2]?.id ?? '');
    const first = tagEntry(orders[0]?.id ?? '', 'rush');
    await db.outbox.bulkInsert([first, tagEntry(orders[1]?.id ?? '', 'gift')]);
    expect(tags(index, 0)).toEqual(['rush']);
    expect(tags(index, 1)).toEqual(['gift']);
    expect(index.get(orders[2]?.id ?? '')).toBe(untouched);

    // applied by the server but not yet replicated back: still shown
    await db.outbox.upsert({ ...first, status: 'applied', appliedVersion: 2 });
    expect(tags(index, 0)).toEqual(['rush']);
    expect(index.hasPending(orders[0]?.id ?? '')).toBe(false);

    // the replicated state catches up: shown from the base, the entry no longer applies
    await db.orders.upsert({ ...orders[0], version: 2, tags: ['rush'] });
    expect(tags(index, 0)).toEqual(['rush']);

    await db.outbox.findOne(first.id).remove();
    await db.orders.upsert({ ...orders[0], version: 3, tags: [] });
    expect(tags(index, 0)).toEqual([]);
  });

  it('drops the overlay when a pending command is removed', async () => {
    const { db, index } = await setup();
    const entry = tagEntry(orders[1]?.id ?? '', 'later');
    await db.outbox.insert(entry);
    expect(tags(index, 1)).toEqual(['later']);
    await db.outbox.findOne(entry.id).remove();
    expect(tags(index, 1)).toEqual([]);
    expect(index.hasPending(orders[1]?.id ?? '')).toBe(false);
  });
});

describe('OrderIndex: commands shown before they are stored', () => {
  it('shows them at once and takes their stored copies as the same entries', async () => {
    const { db, index } = await setup();
    const versionBefore = index.version$.value;
    const entries = [tagEntry(orders[0]?.id ?? '', 'rush'), tagEntry(orders[1]?.id ?? '', 'rush')];
    index.showUnsaved(entries);
    expect(index.version$.value).toBe(versionBefore + 1); // at once, not on the next frame
    expect(tags(index, 0)).toEqual(['rush']);
    expect(index.hasPending(orders[1]?.id ?? '')).toBe(true);
    const shown = index.get(orders[0]?.id ?? '');

    await db.outbox.bulkInsert(entries);
    expect(index.get(orders[0]?.id ?? '')).toBe(shown); // not applied a second time
    index.dropUnsaved(entries.map((entry) => entry.id)); // stored: stays
    expect(tags(index, 0)).toEqual(['rush']);

    // later changes of a stored entry are followed as before
    await db.outbox.findOne(entries[0]?.id ?? '').remove();
    expect(tags(index, 0)).toEqual([]);
    expect(tags(index, 1)).toEqual(['rush']);
  });

  it('takes back the entries whose write did not store them', async () => {
    const { db, index } = await setup();
    const stored = tagEntry(orders[0]?.id ?? '', 'rush');
    const lost = tagEntry(orders[1]?.id ?? '', 'rush');
    index.showUnsaved([stored, lost]);
    await db.outbox.insert(stored);
    index.dropUnsaved([stored.id, lost.id]);
    expect(tags(index, 0)).toEqual(['rush']);
    expect(tags(index, 1)).toEqual([]);
    expect(index.hasPending(orders[1]?.id ?? '')).toBe(false);
  });
});
