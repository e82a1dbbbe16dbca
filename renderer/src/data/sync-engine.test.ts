import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRxDatabase, type RxCollection } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { OrderDeskDatabase } from './database';
import { outboxSchema, type OutboxEntry } from './local-schemas';
import { SyncEngine } from './sync-engine';
import type { TrpcClient } from './trpc-client';

let close: (() => Promise<unknown>) | undefined;

afterEach(async () => {
  vi.unstubAllGlobals();
  await close?.();
  close = undefined;
});

function entry(n: number, status: OutboxEntry['status']): OutboxEntry {
  return {
    id: `0190a000-0000-7000-8005-${n.toString(16).padStart(12, '0')}`,
    type: 'order.add_tags',
    targetId: `order-${n}`,
    expectedVersion: 1,
    payload: { tags: ['x'] },
    userId: 'u1',
    deviceId: 'dev-1',
    createdAt: `2026-11-26T10:00:00.${n.toString().padStart(3, '0')}Z`,
    status,
    appliedVersion: status === 'applied' ? 2 : null,
    error: status === 'rejected' ? { code: 'CONFLICT', message: 'stale' } : null,
    summary: `Command ${n}`,
  };
}

describe('SyncEngine outbox counts', () => {
  it('counts pending and rejected commands from the shared outbox store as they change', async () => {
    const db = await createRxDatabase<{ outbox: RxCollection<OutboxEntry> }>({
      name: `engine${Date.now()}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
    });
    close = () => db.close();
    await db.addCollections({ outbox: { schema: outboxSchema } });
    await db.outbox.bulkInsert([entry(1, 'pending'), entry(2, 'rejected')]);
    // offline, with only the outbox follower running: nothing is pushed
    vi.stubGlobal('navigator', { onLine: false });
    const engine = new SyncEngine(db as unknown as OrderDeskDatabase, {} as TrpcClient, 'token');
    engine.followOutbox();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(engine.status$.value).toMatchObject({ pending: 1, problems: 1 });
    await db.outbox.bulkInsert([entry(3, 'pending'), entry(4, 'pending'), entry(5, 'applied')]);
    expect(engine.status$.value).toMatchObject({ pending: 3, problems: 1 });
    await db.outbox.upsert(entry(1, 'rejected'));
    await db.outbox.findOne(entry(2, 'rejected').id).remove();
    expect(engine.status$.value).toMatchObject({ pending: 2, problems: 1 });
  });
});
