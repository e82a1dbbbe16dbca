import type { OrderFilters } from '../../../../shared/schemas/order-filters';
import {
  compileOrderFilter,
  mergeOrderEntries,
  queryOrderEntries,
  type OrderSearchEntry,
  type OrderSort,
} from '../../../../shared/domain/order/order-search';
import type { OrderIndex } from '../../data/order-index';

/** What the query reads of the order index. */
export type ChangingOrders = Pick<OrderIndex, 'all' | 'entry' | 'changePosition' | 'changesSince'>;

/**
 * The order list's matching orders for one filter and sort, kept current from the index's change
 * journal: a refresh filters only the orders changed since the last one, drops their old entries
 * and merges their new ones into the sorted list, instead of filtering and sorting all orders again
 * (at 100,000 orders a full re-sort blocks the main thread for hundreds of ms on a slow machine).
 * The result equals `queryOrderEntries` over the whole index.
 */
export class LiveOrderQuery {
  private readonly matches: (entry: OrderSearchEntry) => boolean;
  private sorted: OrderSearchEntry[] | undefined;
  private readonly members = new Set<string>();
  private position = 0;

  constructor(
    private readonly index: ChangingOrders,
    private readonly filters: OrderFilters,
    private readonly sort: OrderSort,
    private readonly timeZone?: string,
  ) {
    this.matches = compileOrderFilter(filters, timeZone);
  }

  /** The matching orders now, sorted; the same array as last time when nothing they show changed. */
  refresh(): OrderSearchEntry[] {
    const read = this.index.changesSince(this.position);
    if (!this.sorted || read.ids === undefined) return this.rebuild();
    this.position = read.position;
    if (read.ids.length === 0) return this.sorted;
    const changed = new Set(read.ids);
    let kept: readonly OrderSearchEntry[] = this.sorted;
    if ([...changed].some((id) => this.members.has(id))) {
      kept = this.sorted.filter((entry) => !changed.has(entry.order.id));
      for (const id of changed) this.members.delete(id);
    }
    const additions: OrderSearchEntry[] = [];
    for (const id of changed) {
      const entry = this.index.entry(id);
      if (entry && this.matches(entry)) {
        additions.push(entry);
        this.members.add(id);
      }
    }
    if (kept === this.sorted && additions.length === 0) return this.sorted;
    this.sorted = mergeOrderEntries(kept, additions, this.sort);
    return this.sorted;
  }

  private rebuild(): OrderSearchEntry[] {
    this.position = this.index.changePosition;
    this.sorted = queryOrderEntries(this.index.all(), this.filters, this.sort, this.timeZone);
    this.members.clear();
    for (const entry of this.sorted) this.members.add(entry.order.id);
    return this.sorted;
  }
}
