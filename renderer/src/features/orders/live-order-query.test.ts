import { describe, expect, it } from 'vitest';
import {
  buildSearchEntry,
  orderSortKeys,
  queryOrderEntries,
  type OrderSearchEntry,
  type OrderSort,
} from '../../../../shared/domain/order/order-search';
import { makeRandomTestOrder, seededRandom } from '../../../../shared/domain/order/order-test-fixtures';
import type { OrderFilters } from '../../../../shared/schemas/order-filters';
import { ChangeJournal } from '../../data/change-journal';
import { LiveOrderQuery, type ChangingOrders } from './live-order-query';

/** The index's part the query reads, over a plain map with the real journal. */
class FakeIndex implements ChangingOrders {
  readonly entries = new Map<string, OrderSearchEntry>();
  readonly journal = new ChangeJournal(() => this.entries.size);
  all(): IterableIterator<OrderSearchEntry> {
    return this.entries.values();
  }
  entry(id: string): OrderSearchEntry | undefined {
    return this.entries.get(id);
  }
  get changePosition(): number {
    return this.journal.position;
  }
  changesSince(position: number) {
    return this.journal.since(position);
  }
  put(entry: OrderSearchEntry): void {
    this.entries.set(entry.order.id, entry);
    this.journal.record(entry.order.id);
  }
  remove(id: string): void {
    this.entries.delete(id);
    this.journal.record(id);
  }
}

const filterCases: OrderFilters[] = [{}, { status: 'pending' }, { tag: 'vip', country: 'AT' }, { q: 'ada' }];

describe('LiveOrderQuery', () => {
  it('equals filtering and sorting everything after random inserts, updates and removals', () => {
    const random = seededRandom(42);
    for (const key of orderSortKeys)
      for (const direction of ['asc', 'desc'] as const)
        for (const filters of filterCases) {
          const sort: OrderSort = { key, direction };
          const index = new FakeIndex();
          const query = new LiveOrderQuery(index, filters, sort);
          let next = 0;
          for (let round = 0; round < 8; round += 1) {
            const inserts = Math.floor(random() * 60);
            for (let i = 0; i < inserts; i += 1)
              index.put(buildSearchEntry(makeRandomTestOrder(random, (next += 1))));
            const ids = [...index.entries.keys()];
            for (let i = 0; i < 10 && ids.length > 0; i += 1) {
              const id = ids[Math.floor(random() * ids.length)] ?? '';
              if (random() < 0.3) index.remove(id);
              else {
                const order = makeRandomTestOrder(random, 0);
                index.put(buildSearchEntry({ ...order, id, number: index.entry(id)?.order.number ?? '' }));
              }
            }
            const expected = queryOrderEntries(index.all(), filters, sort).map((e) => e.order.id);
            expect(query.refresh().map((e) => e.order.id)).toEqual(expected);
          }
        }
  });

  it('returns the same array while nothing changed, and starts over when it fell behind the journal', () => {
    const random = seededRandom(7);
    const index = new FakeIndex();
    for (let n = 1; n <= 10; n += 1) index.put(buildSearchEntry(makeRandomTestOrder(random, n)));
    const sort: OrderSort = { key: 'createdAt', direction: 'desc' };
    const query = new LiveOrderQuery(index, {}, sort);
    const first = query.refresh();
    expect(query.refresh()).toBe(first);
    // far more changes than the journal keeps (at least 1,000): the query reads everything again
    for (let round = 0; round < 3000; round += 1)
      index.put(buildSearchEntry(makeRandomTestOrder(random, 1 + (round % 10))));
    expect(index.changesSince(0).ids).toBeUndefined();
    expect(query.refresh().map((e) => e.order.id)).toEqual(
      queryOrderEntries(index.all(), {}, sort).map((e) => e.order.id),
    );
  });
});
