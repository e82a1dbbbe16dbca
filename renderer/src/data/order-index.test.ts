import { afterEach, describe, expect, it } from 'vitest';
import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { makeTestOrder } from '../../../shared/domain/order/order-test-fixtures';
import type { StaffUser } from '../../../shared/schemas/user';
import type { OrderDeskCollections, OrderDeskDatabase } from './database';
import { orderLocalSchema, outboxSchema, plainLocalSchema, type OutboxEntry } from './local-schemas';
import { OrderIndex } from './order-index';

const actor: StaffUser = {
  id: '0190a000-0000-7000-8000-00000000000a',
  storeId: '0190a000-0000-7000-8000-000000000001',
  email: 'm@example.com',
  name: 'Max',
  permissions: ['orders.view', 'orders.edit'],
  isAdmin: false,
};

const orders = [makeTestOrder(1), makeTestOrder(2), makeTestOrder(3)];
let seq = 0;
let open: { db: OrderDeskDatabase; index: OrderIndex } | undefined;

function tagEntry(targetId: string, tag: string, overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  seq += 1;
  return {
    id: `0190a000-0000-7000-8004-${seq.toString(16).padStart(12, '0')}`,
    type: 'order.add_tags',
    targetId,
    expectedVersion: 1,
    payload: { tags: [tag] },
    userId: actor.id,
    deviceId: 'dev-1',
    createdAt: `2026-11-26T10:00:00.${seq.toString().padStart(3, '0')}Z`,
    status: 'pending',
    appliedVersion: null,
    error: null,
    summary: `Tag "${tag}"`,
    ...overrides,
  };
}

/** The index over an in-memory database holding `orders` (and `outbox` before the index starts). */
async function setup(outbox: OutboxEntry[] = []): Promise<{ db: OrderDeskDatabase; index: OrderIndex }> {
  const db = await createRxDatabase<
    Pick<OrderDeskCollections, 'orders' | 'outbox' | 'orderexceptions' | 'products'>
  >({
    name: `index${Date.now()}${seq}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  await db.addCollections({
    orders: { schema: orderLocalSchema },
    outbox: { schema: outboxSchema },
    orderexceptions: { schema: plainLocalSchema('orderexceptions') },
    products: { schema: plainLocalSchema('products') },
  });
  await db.orders.bulkInsert(orders.map((order) => ({ ...order })));
  if (outbox.length > 0) await db.outbox.bulkInsert(outbox);
  // the index reads only these four collections
  const index = new OrderIndex(db as unknown as OrderDeskDatabase, actor);
  await index.start();
  open = { db: db as unknown as OrderDeskDatabase, index };
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
