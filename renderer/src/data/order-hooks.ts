import { combineLatest, map } from 'rxjs';
import type { Order } from '../../../shared/schemas/order';
import type { OutboxEntry } from './local-schemas';
import { applyOverlay, createdOrderOf } from './overlay';
import { outboxStoreOf } from './outbox-store';
import { useData } from './data-context';
import { mergeEntries, orderExceptionView$ } from './order-exception-view';
import { useObservable } from './use-observable';
import type { SyncStatus } from './sync-engine';

/** One order (overlay applied, exception commands included), its replicated base and its in-flight commands. */
export function useOrder(id: string): {
  order: Order | undefined;
  base: Order | undefined;
  entries: OutboxEntry[];
  loading: boolean;
} {
  const { db, session } = useData();
  return useObservable<{
    order: Order | undefined;
    base: Order | undefined;
    entries: OutboxEntry[];
    loading: boolean;
  }>(
    () => {
      const store = outboxStoreOf(db);
      const entries$ = store.select(
        () => [...store.forTarget(id)],
        (change) => change.targets.has(id),
      );
      return combineLatest([db.orders.findOne(id).$, entries$, orderExceptionView$(db, id)]).pipe(
        map(([doc, own, view]) => {
          const base = doc ? (doc.toJSON() as unknown as Order) : undefined;
          const entries = mergeEntries(own, view.entries);
          const start = base ?? createdOrderOf(entries, session.user);
          const order = start ? applyOverlay(start, entries, session.user, view.data) : undefined;
          return { loading: false, base, entries, order };
        }),
      );
    },
    { order: undefined, base: undefined, entries: [], loading: true },
    [db, session, id],
  );
}

/** Every outbox entry, oldest first (pending, applied-but-not-yet-pulled, rejected). */
export function useOutbox(): readonly OutboxEntry[] {
  const { db } = useData();
  return useObservable(
    () => {
      const store = outboxStoreOf(db);
      return store.select(() => store.all());
    },
    [],
    [db],
  );
}

export function useSyncStatus(): SyncStatus {
  const { engine } = useData();
  return useObservable(() => engine.status$, engine.status$.value, [engine]);
}
