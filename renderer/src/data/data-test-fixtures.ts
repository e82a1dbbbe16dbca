import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { newId } from '../../../shared/ids';
import type { StaffUser } from '../../../shared/schemas/user';
import type { OrderDeskCollections, OrderDeskDatabase } from './database';
import { orderLocalSchema, outboxSchema, plainLocalSchema, type OutboxEntry } from './local-schemas';

/** Fixtures for the renderer data tests (not imported by production code). */
export const testActor: StaffUser = {
  id: '0190a000-0000-7000-8000-00000000000a',
  storeId: '0190a000-0000-7000-8000-000000000001',
  email: 'm@example.com',
  name: 'Max',
  permissions: ['orders.view', 'orders.edit'],
  isAdmin: false,
};

let seq = 0;

/** A pending outbox entry with a fresh id, created after every entry made before it. */
export function makeOutboxEntry(
  type: string,
  targetId: string,
  payload: Record<string, unknown>,
  overrides: Partial<OutboxEntry> = {},
): OutboxEntry {
  seq += 1;
  return {
    id: `0190a000-0000-7000-8004-${seq.toString(16).padStart(12, '0')}`,
    type,
    targetId,
    expectedVersion: 1,
    payload,
    userId: testActor.id,
    deviceId: 'dev-1',
    createdAt: new Date(Date.UTC(2026, 10, 26, 10) + seq).toISOString(),
    status: 'pending',
    appliedVersion: null,
    error: null,
    summary: type,
    ...overrides,
  };
}

type LocalName = keyof OrderDeskCollections;

const schemas = {
  orders: orderLocalSchema,
  outbox: outboxSchema,
  orderexceptions: plainLocalSchema('orderexceptions'),
  products: plainLocalSchema('products'),
} as const;

/**
 * An in-memory database with only the named collections (the code under test reads no others), typed
 * as the app's database.
 */
export async function openTestDatabase(
  collections: readonly (keyof typeof schemas & LocalName)[],
): Promise<OrderDeskDatabase> {
  const db = await createRxDatabase({
    name: `test${newId().replace(/-/g, '')}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  await db.addCollections(Object.fromEntries(collections.map((name) => [name, { schema: schemas[name] }])));
  return db as unknown as OrderDeskDatabase; // holds only `collections`: enough for the code under test
}
