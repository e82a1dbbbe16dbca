import { describe, expect, it } from 'vitest';
import { parseBulkAction } from '../../../../shared/domain/order/bulk-actions';
import { makeTestOrder } from '../../../../shared/domain/order/order-test-fixtures';
import type { Order } from '../../../../shared/schemas/order';
import type { OutboxEntry } from '../../data/local-schemas';
import { testActor } from '../../data/data-test-fixtures';
import { runBulk, type BulkProgress } from './run-bulk';

const actor = testActor;

function setup(count: number) {
  const orders = new Map<string, Order>();
  for (let i = 0; i < count; i += 1) {
    const order = makeTestOrder(i, { status: i % 10 === 0 ? 'completed' : 'confirmed' });
    orders.set(order.id, order);
  }
  let seq = 0;
  const inserted: OutboxEntry[][] = [];
  const progress: BulkProgress[] = [];
  return {
    ids: [...orders.keys()],
    inserted,
    progress,
    base: {
      getOrder: (id: string) => orders.get(id),
      baseVersion: (id: string) => orders.get(id)?.version,
      actor,
      deviceId: 'dev-1',
      insert: (entries: OutboxEntry[]) => {
        inserted.push(entries);
        return Promise.resolve();
      },
      onProgress: (p: BulkProgress) => progress.push(p),
      newId: () => `0190a000-0000-7000-8002-${(seq++).toString(16).padStart(12, '0')}`,
      now: () => '2026-11-26T10:00:00.000Z',
      chunkSize: 100,
    },
  };
}

describe('runBulk', () => {
  it('queues one command per valid order in chunks and lists the failures', async () => {
    const s = setup(1000);
    const result = await runBulk({
      ...s.base,
      ids: s.ids,
      bulk: parseBulkAction('set_status', { status: 'processing' }),
      signal: new AbortController().signal,
    });
    expect(result).toMatchObject({ total: 1000, done: 1000, queued: 900, finished: true, cancelled: false });
    expect(result.failed).toHaveLength(100);
    expect(result.failed[0]).toMatchObject({ code: 'INVALID_TRANSITION', number: '1000' });
    expect(s.inserted).toHaveLength(10);
    expect(s.inserted.flat()[0]).toMatchObject({
      type: 'order.set_status',
      status: 'pending',
      expectedVersion: 1,
      payload: { status: 'processing' },
    });
    expect(s.progress.map((p) => p.done)).toEqual([
      0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1000,
    ]);
  });

  it('ends with the failure (not "running" forever) when storing a chunk throws', async () => {
    const s = setup(300);
    let chunks = 0;
    const result = await runBulk({
      ...s.base,
      ids: s.ids,
      bulk: parseBulkAction('add_tag', { tag: 'rush' }),
      insert: (entries) => {
        chunks += 1;
        if (chunks === 2)
          return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
        s.inserted.push(entries);
        return Promise.resolve();
      },
      signal: new AbortController().signal,
    });
    expect(result).toMatchObject({ done: 100, queued: 100, finished: true, cancelled: false });
    expect(result.error).toContain('quota');
    expect(s.progress.at(-1)).toMatchObject({ finished: true, error: result.error });
  });

  it('stops between chunks when cancelled; queued chunks stay queued', async () => {
    const s = setup(1000);
    const controller = new AbortController();
    const result = await runBulk({
      ...s.base,
      ids: s.ids,
      bulk: parseBulkAction('add_tag', { tag: 'rush' }),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 300) controller.abort();
      },
    });
    expect(result).toMatchObject({ done: 300, queued: 300, cancelled: true, finished: true });
    expect(s.inserted.flat()).toHaveLength(300);
  });

  it('queues each command against the replicated version and lists orders missing on this device', async () => {
    const s = setup(3);
    const [first, second, third] = s.ids;
    const result = await runBulk({
      ...s.base,
      ids: [first ?? '', 'missing', second ?? '', third ?? ''],
      bulk: parseBulkAction('add_tag', { tag: 'rush' }),
      // the user sees an overlaid version 2 of the first order; the server has version 1
      getOrder: (id) => {
        const order = s.base.getOrder(id);
        return order && id === first ? { ...order, version: 2, tags: ['vip'] } : order;
      },
      signal: new AbortController().signal,
    });
    expect(result).toMatchObject({ total: 4, done: 4, queued: 3, finished: true });
    expect(result.failed).toEqual([
      { id: 'missing', number: '?', code: 'NOT_FOUND', message: 'Order not found on this device' },
    ]);
    const queued = s.inserted.flat();
    expect(queued.map((entry) => entry.targetId)).toEqual([first, second, third]);
    expect(new Set(queued.map((entry) => entry.id)).size).toBe(3);
    expect(queued[0]).toMatchObject({
      type: 'order.add_tags',
      expectedVersion: 1,
      payload: { tags: ['rush'] },
      userId: actor.id,
      deviceId: 'dev-1',
      summary: 'Tag #1000 "rush"',
    });
  });
});
