import { filter, first, map, merge, switchMap, type Observable } from 'rxjs';
import type { Order } from '../../../shared/schemas/order';
import type { StaffUser } from '../../../shared/schemas/user';
import type { OrderDeskDatabase } from './database';
import { applyOverlay } from './overlay';
import { outboxStoreOf } from './outbox-store';

/**
 * Every order, newest first, with this device's in-flight commands applied. An order change
 * re-reads the list; an outbox write re-applies the overlay of just the orders it touched.
 */
export function overlaidOrders$(db: OrderDeskDatabase, actor: StaffUser): Observable<Order[]> {
  const store = outboxStoreOf(db);
  const overlay = (base: Order): Order => {
    const entries = store.forTarget(base.id);
    return entries.length > 0 ? applyOverlay(base, entries, actor) : base;
  };
  return store.ready$.pipe(
    first(Boolean),
    switchMap(() => {
      let bases: Order[] = [];
      const baseById = new Map<string, Order>();
      const shown = new Map<string, Order>();
      const list = (): Order[] => bases.map((base) => shown.get(base.id) ?? base);
      const ordersChanged = db.orders.find({ sort: [{ createdAt: 'desc' }] }).$.pipe(
        map((docs) => {
          bases = docs.map((doc) => doc.toJSON() as unknown as Order);
          baseById.clear();
          shown.clear();
          for (const base of bases) {
            baseById.set(base.id, base);
            shown.set(base.id, overlay(base));
          }
          return list();
        }),
      );
      const outboxChanged = store.changes$.pipe(
        filter((change) => {
          let touched = false;
          for (const id of change.targets) {
            const base = baseById.get(id);
            if (!base) continue; // not a listed order
            shown.set(id, overlay(base));
            touched = true;
          }
          return touched;
        }),
        map(() => list()),
      );
      return merge(ordersChanged, outboxChanged);
    }),
  );
}
