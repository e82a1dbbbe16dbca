import { describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { makeTestOrder } from '../../../shared/domain/order/order-test-fixtures';
import { newId } from '../../../shared/ids';
import { openLocalDatabase } from './database';
import { makeOutboxEntry } from './data-test-fixtures';
import { orderLocalSchema, type OutboxEntry } from './local-schemas';

describe('local database schema version bump', () => {
  it('migrates the documents on the device and keeps every pending outbox command', async () => {
    const storage = getRxStorageMemory(); // kept across close, like IndexedDB
    const name = `migrate${newId().replace(/-/g, '')}`;
    const orders = Array.from({ length: 50 }, (_, index) => makeTestOrder(index));
    const outbox = orders
      .slice(0, 5)
      .map((order) => makeOutboxEntry('order.add_tag', order.id, { tag: 'rush' }));

    const before = await openLocalDatabase('store', name, storage);
    await before.orders.bulkInsert(orders.map((order) => ({ ...order })));
    await before.outbox.bulkInsert(outbox);
    await before.close();

    // the next app version: orders schema version 1 with a strategy that fills a new field
    const after = await openLocalDatabase('store', name, storage, {
      orders: {
        schema: { ...orderLocalSchema, version: 1 },
        migrationStrategies: {
          1: (doc: { tags: string[] }) => ({ ...doc, tags: [...doc.tags, 'schema-v1'] }),
        },
      },
    });
    const migrated = await after.orders.find().exec();
    expect(migrated).toHaveLength(50);
    expect(migrated.every((doc) => (doc.toJSON().tags as string[]).includes('schema-v1'))).toBe(true);
    const kept = (await after.outbox.find({ sort: [{ createdAt: 'asc' }] }).exec()).map(
      (doc) => doc.toJSON() as OutboxEntry,
    );
    expect(kept).toEqual(outbox);
    await after.close();
  });
});
