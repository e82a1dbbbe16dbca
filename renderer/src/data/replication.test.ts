import { TRPCClientError } from '@trpc/client';
import { createRxDatabase, type RxChangeEventBulk } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  replicatedCollections,
  type LocalCollectionName,
  type OrderDeskCollections,
  type OrderDeskDatabase,
} from './database';
import { orderLocalSchema, outboxSchema, plainLocalSchema } from './local-schemas';
import { startPulls, type FetchPullPage, type Replications } from './replication';

type ServerDoc = Record<string, unknown> & { id: string; _deleted: boolean };

/** The device's database as the app opens it, on RxDB's memory storage. */
async function openTestDatabase(name: string): Promise<OrderDeskDatabase> {
  const db = await createRxDatabase<OrderDeskCollections>({
    name,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  const plain = Object.fromEntries(
    (Object.keys(replicatedCollections) as LocalCollectionName[])
      .filter((local) => local !== 'orders')
      .map((local) => [local, { schema: plainLocalSchema(local) }]),
  );
  await db.addCollections({
    ...plain,
    orders: { schema: orderLocalSchema },
    outbox: { schema: outboxSchema },
  });
  return db;
}

/** A server's change feed: every write takes the next sequence number, as the doc store does. */
function fakeServer() {
  let seq = 0;
  const docs = new Map<string, { seq: number; doc: ServerDoc }>();
  const requests: { collection: string; after: number | null }[] = [];
  let failure: Error | undefined;
  const put = (collection: string, doc: Record<string, unknown> & { id: string }, deleted = false): void => {
    seq += 1;
    docs.set(`${collection}/${doc.id}`, { seq, doc: { ...doc, _deleted: deleted } });
  };
  const fetchPage: FetchPullPage = async (collection, checkpoint, limit) => {
    requests.push({ collection, after: checkpoint?.seq ?? null });
    await Promise.resolve();
    if (failure) throw failure;
    const page = [...docs]
      .filter(([key, entry]) => key.startsWith(`${collection}/`) && entry.seq > (checkpoint?.seq ?? 0))
      .map(([, entry]) => entry)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit);
    const last = page.at(-1);
    return { documents: page.map((entry) => entry.doc), checkpoint: last ? { seq: last.seq } : checkpoint };
  };
  return { put, fetchPage, requests, fail: (error: Error | undefined) => (failure = error) };
}

const order = (n: number, status = 'pending') => ({
  id: `order-${String(n).padStart(4, '0')}`,
  number: String(1000 + n),
  status,
  createdAt: `2025-01-01T00:00:${String(n % 60).padStart(2, '0')}Z`,
  version: 1,
});

const forbidden = () =>
  TRPCClientError.from({
    error: {
      code: -32003,
      message: 'Forbidden',
      data: { domain: { code: 'FORBIDDEN', message: 'Forbidden' } },
    },
  });

const opened: { db: OrderDeskDatabase; replications: Replications | undefined }[] = [];

function start(
  db: OrderDeskDatabase,
  server: ReturnType<typeof fakeServer>,
  onAccessLost = () => undefined,
): Replications {
  const replications = startPulls(db, {
    fetchPage: server.fetchPage,
    onPulled: () => undefined,
    onAccessLost,
    pageSize: 3,
    retryMs: 10,
  });
  opened.push({ db, replications });
  return replications;
}

async function localOrders(db: OrderDeskDatabase): Promise<Record<string, unknown>[]> {
  const docs = await db.orders.find({ sort: [{ number: 'asc' }] }).exec();
  return docs.map((doc) => doc.toJSON());
}

afterEach(async () => {
  for (const { db, replications } of opened.splice(0)) {
    await replications?.stop();
    await db.remove();
  }
});

describe('startPulls', () => {
  it('pulls every collection from the server into a fresh device', async () => {
    const server = fakeServer();
    for (let n = 1; n <= 7; n += 1) server.put('orders', order(n));
    server.put('products', { id: 'p1', name: 'Tea' });
    const db = await openTestDatabase(`pull-fresh-${Date.now()}`);
    const replications = start(db, server);
    await Promise.all(replications.states.map((state) => state.awaitInitialReplication()));
    expect((await localOrders(db)).map((o) => o.number)).toEqual([
      '1001',
      '1002',
      '1003',
      '1004',
      '1005',
      '1006',
      '1007',
    ]);
    expect((await db.products.findOne('p1').exec())?.toJSON()).toEqual({ id: 'p1', name: 'Tea' });
    expect(server.requests.filter((r) => r.collection === 'orders').map((r) => r.after)).toEqual([
      null,
      3,
      6,
    ]);
  });

  it('applies later changes and deletions on resync, and does not rewrite unchanged documents', async () => {
    const server = fakeServer();
    for (let n = 1; n <= 4; n += 1) server.put('orders', order(n));
    const db = await openTestDatabase(`pull-changes-${Date.now()}`);
    const replications = start(db, server);
    await Promise.all(replications.states.map((state) => state.awaitInitialReplication()));
    const events: RxChangeEventBulk<unknown>[] = [];
    const subscription = db.orders.eventBulks$.subscribe((bulk) => events.push(bulk));
    server.put('orders', { ...order(2, 'shipped'), version: 2 });
    server.put('orders', order(3), true);
    server.put('orders', order(4)); // the same data with a new sequence number
    replications.resync(['orders']);
    await vi.waitFor(async () =>
      expect((await localOrders(db)).map((o) => `${String(o.number)}:${String(o.status)}`)).toEqual([
        '1001:pending',
        '1002:shipped',
        '1004:pending',
      ]),
    );
    subscription.unsubscribe();
    const changed = events.flatMap((bulk) =>
      bulk.events.map((event) => `${event.operation}:${event.documentId}`),
    );
    expect(changed.sort()).toEqual(['DELETE:order-0003', 'UPDATE:order-0002']);
    expect(await db.orders.count().exec()).toBe(3);
  });

  it('stores a tombstone for a document deleted before the device ever saw it', async () => {
    const server = fakeServer();
    server.put('orders', order(1));
    server.put('orders', order(2), true);
    const db = await openTestDatabase(`pull-tombstone-${Date.now()}`);
    const replications = start(db, server);
    await Promise.all(replications.states.map((state) => state.awaitInitialReplication()));
    expect((await localOrders(db)).map((o) => o.id)).toEqual(['order-0001']);
    const [stored] = await db.orders.storageInstance.findDocumentsById(['order-0002'], true);
    expect(stored?._deleted).toBe(true);
  });

  it('resumes from the checkpoint stored in the database after a restart', async () => {
    const server = fakeServer();
    for (let n = 1; n <= 4; n += 1) server.put('orders', order(n));
    const db = await openTestDatabase(`pull-resume-${Date.now()}`);
    const first = start(db, server);
    await Promise.all(first.states.map((state) => state.awaitInitialReplication()));
    await first.stop();
    server.put('orders', order(5));
    server.requests.length = 0;
    const second = start(db, server);
    await Promise.all(second.states.map((state) => state.awaitInitialReplication()));
    expect(server.requests.filter((r) => r.collection === 'orders').map((r) => r.after)).toEqual([4]);
    expect(await db.orders.count().exec()).toBe(5);
  });

  it('retries every collection after the server could not be reached', async () => {
    const server = fakeServer();
    server.put('orders', order(1));
    server.fail(new Error('offline'));
    const db = await openTestDatabase(`pull-retry-${Date.now()}`);
    const replications = start(db, server);
    await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await db.orders.count().exec()).toBe(0);
    server.fail(undefined);
    await Promise.all(replications.states.map((state) => state.awaitInitialReplication()));
    expect(await db.orders.count().exec()).toBe(1);
  });

  it('tells the app when the server refuses the pull (access lost)', async () => {
    const server = fakeServer();
    server.fail(forbidden());
    const onAccessLost = vi.fn();
    const db = await openTestDatabase(`pull-forbidden-${Date.now()}`);
    start(db, server, onAccessLost);
    await vi.waitFor(() => expect(onAccessLost).toHaveBeenCalled());
    server.fail(new Error('offline'));
    const calls = onAccessLost.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(onAccessLost.mock.calls.length).toBe(calls);
  });

  it('resyncs only the named collections', async () => {
    const server = fakeServer();
    const db = await openTestDatabase(`pull-named-${Date.now()}`);
    const replications = start(db, server);
    await Promise.all(replications.states.map((state) => state.awaitInitialReplication()));
    server.requests.length = 0;
    replications.resync(['products']);
    await vi.waitFor(() => expect(server.requests.map((r) => r.collection)).toEqual(['products']));
  });
});
