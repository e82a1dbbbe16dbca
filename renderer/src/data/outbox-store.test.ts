import { afterEach, describe, expect, it } from 'vitest';
import type { RxCollection } from 'rxdb';
import { firstValueFrom, toArray, take } from 'rxjs';
import type { OutboxEntry } from './local-schemas';
import { makeOutboxEntry, openTestDatabase } from './data-test-fixtures';
import { OutboxStore, type OutboxChange } from './outbox-store';
import { outboxSubset$ } from './outbox-subset';

let open: { close: () => Promise<unknown>; store: OutboxStore } | undefined;

const entry = (targetId: string, overrides: Partial<OutboxEntry> = {}): OutboxEntry =>
  makeOutboxEntry('order.add_tags', targetId, { tags: ['x'] }, overrides);

/** A started store over an in-memory outbox holding `initial`. */
async function setup(
  initial: OutboxEntry[] = [],
): Promise<{ outbox: RxCollection<OutboxEntry>; store: OutboxStore }> {
  const db = await openTestDatabase(['outbox']);
  if (initial.length > 0) await db.outbox.bulkInsert(initial);
  const store = new OutboxStore(db.outbox);
  await store.start();
  open = { close: () => db.close(), store };
  return { outbox: db.outbox, store };
}

const ids = (entries: readonly OutboxEntry[]): string[] => entries.map((e) => e.id);

afterEach(async () => {
  open?.store.stop();
  await open?.close();
  open = undefined;
});

describe('OutboxStore', () => {
  it('loads what is stored, in creation order, with counts', async () => {
    const late = entry('a', { createdAt: '2026-11-26T11:00:00.000Z' });
    const early = entry('a', {
      createdAt: '2026-11-26T09:00:00.000Z',
      status: 'rejected',
      error: { code: 'CONFLICT', message: 'no' },
    });
    const other = entry('b', { status: 'applied', appliedVersion: 2 });
    const { store } = await setup([late, early, other]);
    expect(store.ready$.value).toBe(true);
    expect(ids(store.all())).toEqual([early.id, other.id, late.id]);
    expect(ids(store.forTarget('a'))).toEqual([early.id, late.id]);
    expect([store.size, store.pending, store.rejected]).toEqual([3, 1, 1]);
    expect(store.get(late.id)).toEqual(late);
  });

  it('follows inserts, status updates and deletions, reporting what each write changed', async () => {
    const { outbox, store } = await setup();
    const changes: OutboxChange[] = [];
    store.changes$.subscribe((change) => changes.push(change));
    const first = entry('a');
    const second = entry('b');
    await outbox.bulkInsert([first, second]);
    expect([store.pending, store.rejected]).toEqual([2, 0]);
    expect(changes[0]?.targets).toEqual(new Set(['a', 'b']));
    expect(changes[0]?.entries.map((c) => [c.id, c.previous, c.current?.status])).toEqual([
      [first.id, undefined, 'pending'],
      [second.id, undefined, 'pending'],
    ]);

    await outbox.upsert({ ...first, status: 'rejected', error: { code: 'CONFLICT', message: 'stale' } });
    expect([store.pending, store.rejected]).toEqual([1, 1]);
    expect(store.forTarget('a')[0]?.status).toBe('rejected');
    expect(changes[1]?.entries[0]?.previous?.status).toBe('pending');
    expect(changes[1]?.targets).toEqual(new Set(['a']));

    await outbox.upsert({ ...second, status: 'applied', appliedVersion: 3 });
    expect([store.pending, store.rejected]).toEqual([0, 1]);

    await outbox.findOne(first.id).remove();
    expect(store.get(first.id)).toBeUndefined();
    expect(store.forTarget('a')).toEqual([]);
    expect(ids(store.all())).toEqual([second.id]);
    expect([store.size, store.pending, store.rejected]).toEqual([1, 0, 0]);
    expect(changes[3]?.entries[0]?.current).toBeUndefined();

    await outbox.bulkRemove([second.id]);
    expect(store.size).toBe(0);
    expect(store.version$.value).toBe(5);
  });

  it('keeps creation order across chunks written out of order', async () => {
    const { outbox, store } = await setup();
    const t = (s: number): string => `2026-11-26T10:00:${s.toString().padStart(2, '0')}.000Z`;
    const a = entry('x', { createdAt: t(30) });
    const b = entry('x', { createdAt: t(10) });
    const c = entry('y', { createdAt: t(20) });
    const d = entry('x', { createdAt: t(20), id: '0190a000-0000-7000-8004-000000000000' });
    await outbox.bulkInsert([a]);
    await outbox.bulkInsert([b, c]);
    await outbox.insert(d);
    expect(ids(store.all())).toEqual([b.id, d.id, c.id, a.id]);
    expect(ids(store.forTarget('x'))).toEqual([b.id, d.id, a.id]);
    await outbox.upsert({ ...d, status: 'applied', appliedVersion: 2 });
    expect(ids(store.all())).toEqual([b.id, d.id, c.id, a.id]);
  });

  it('returns one snapshot per version from all()', async () => {
    const { outbox, store } = await setup([entry('a')]);
    const before = store.all();
    expect(store.all()).toBe(before);
    await outbox.insert(entry('a'));
    expect(store.all()).not.toBe(before);
    expect(before).toHaveLength(1);
  });

  it('select() emits once loaded and after each relevant change', async () => {
    const { outbox, store } = await setup([entry('a')]);
    const counts = firstValueFrom(
      store
        .select(
          () => store.pending,
          (change) => change.targets.has('b'),
        )
        .pipe(take(2), toArray()),
    );
    await outbox.insert(entry('a')); // not relevant
    await outbox.insert(entry('b'));
    expect(await counts).toEqual([1, 3]);
  });

  it('replays writes made while loading', async () => {
    const db = await openTestDatabase(['outbox']);
    const stored = entry('a');
    await db.outbox.insert(stored);
    const store = new OutboxStore(db.outbox);
    open = { close: () => db.close(), store };
    const started = store.start();
    const late = entry('b');
    await Promise.all([db.outbox.insert(late), db.outbox.findOne(stored.id).remove(), started]);
    expect(ids(store.all())).toEqual([late.id]);
    expect(store.pending).toBe(1);
  });
});

describe('outboxSubset$', () => {
  it('emits the matching entries once loaded and only when they change', async () => {
    const isException = (e: OutboxEntry): boolean => e.type.startsWith('exception.');
    const byId = (a: OutboxEntry, b: OutboxEntry): number => a.id.localeCompare(b.id);
    const resolve = entry('ex-1', { type: 'exception.resolve' });
    const { outbox, store } = await setup([resolve, entry('order-1')]);
    const emitted: string[][] = [];
    const subscription = outboxSubset$(store, isException, byId).subscribe((list) => emitted.push(ids(list)));
    await outbox.bulkInsert([entry('order-2'), entry('order-3')]); // no exception command: no emission
    const ignore = entry('ex-2', { type: 'exception.ignore' });
    await outbox.insert(ignore);
    await outbox.findOne(resolve.id).remove();
    subscription.unsubscribe();
    expect(emitted).toEqual([[resolve.id], [resolve.id, ignore.id], [ignore.id]]);
  });
});
