import { combineLatest, map } from 'rxjs';
import type { Order } from '../../../shared/schemas/order';
import type { OutboxEntry } from './local-schemas';
import { applyOverlay, groupOutboxByTarget } from './overlay';
import { useData } from './data-context';
import { useObservable } from './use-observable';
import type { SyncStatus } from './sync-engine';

/** Every order, newest first, with this device's in-flight commands applied. */
export function useOrders(): { orders: Order[]; loading: boolean } {
  const { db, session } = useData();
  return useObservable<{ orders: Order[]; loading: boolean }>(
    () =>
      combineLatest([db.orders.find({ sort: [{ createdAt: 'desc' }] }).$, db.outbox.find().$]).pipe(
        map(([orders, outbox]) => {
          const byTarget = groupOutboxByTarget(outbox.map((doc) => doc.toJSON() as OutboxEntry));
          return {
            loading: false,
            orders: orders.map((doc) => {
              const order = doc.toJSON() as unknown as Order;
              const entries = byTarget.get(order.id);
              return entries ? applyOverlay(order, entries, session.user) : order;
            }),
          };
        }),
      ),
    { orders: [], loading: true },
    [db, session],
  );
}

/** One order (overlay applied), its replicated base and its in-flight commands. */
export function useOrder(id: string): { order: Order | undefined; base: Order | undefined; entries: OutboxEntry[]; loading: boolean } {
  const { db, session } = useData();
  return useObservable<{ order: Order | undefined; base: Order | undefined; entries: OutboxEntry[]; loading: boolean }>(
    () =>
      combineLatest([db.orders.findOne(id).$, db.outbox.find({ selector: { targetId: id }, sort: [{ createdAt: 'asc' }] }).$]).pipe(
        map(([doc, outbox]) => {
          const base = doc ? (doc.toJSON() as unknown as Order) : undefined;
          const entries = outbox.map((entry) => entry.toJSON() as OutboxEntry);
          return { loading: false, base, entries, order: base ? applyOverlay(base, entries, session.user) : undefined };
        }),
      ),
    { order: undefined, base: undefined, entries: [], loading: true },
    [db, session, id],
  );
}

/** Every outbox entry, oldest first (pending, applied-but-not-yet-pulled, rejected). */
export function useOutbox(): OutboxEntry[] {
  const { db } = useData();
  return useObservable(
    () => db.outbox.find({ sort: [{ createdAt: 'asc' }] }).$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as OutboxEntry))),
    [],
    [db],
  );
}

export function useSyncStatus(): SyncStatus {
  const { engine } = useData();
  return useObservable(() => engine.status$, engine.status$.value, [engine]);
}
