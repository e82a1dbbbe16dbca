import { createRxDatabase, type RxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { PullCheckpointStore } from './pull-checkpoint';

const opened: RxDatabase[] = [];

async function openDb(): Promise<RxDatabase> {
  const db = await createRxDatabase({
    name: `checkpoint-${Date.now()}-${opened.length}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.remove();
});

describe('PullCheckpointStore', () => {
  it('starts without a checkpoint and keeps the saved one per collection', async () => {
    const db = await openDb();
    const orders = new PullCheckpointStore(db, 'orders');
    expect(await orders.load()).toBeNull();
    await orders.save({ seq: 10 });
    await orders.save({ seq: 12 });
    expect(await new PullCheckpointStore(db, 'orders').load()).toEqual({ seq: 12 });
    expect(await new PullCheckpointStore(db, 'products').load()).toBeNull();
  });

  it('never moves back behind a later checkpoint another window stored', async () => {
    const db = await openDb();
    const windowA = new PullCheckpointStore(db, 'orders');
    const windowB = new PullCheckpointStore(db, 'orders');
    await windowA.load();
    await windowB.load();
    await windowA.save({ seq: 20 });
    await windowB.save({ seq: 15 });
    expect(await new PullCheckpointStore(db, 'orders').load()).toEqual({ seq: 20 });
    await windowB.save({ seq: 25 });
    expect(await new PullCheckpointStore(db, 'orders').load()).toEqual({ seq: 25 });
  });
});
