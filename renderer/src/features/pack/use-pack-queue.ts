import { useMemo } from 'react';
import { map } from 'rxjs';
import { orderSchema, type Order } from '../../../../shared/schemas/order';
import { shippableStatuses } from '../../../../shared/domain/order/fulfillment';
import { buildPackQueue } from '../../../../shared/domain/picking/pack-queue';
import { useData } from '../../data/data-context';
import { useOutbox } from '../../data/order-hooks';
import { applyOverlay } from '../../data/overlay';
import { useObservable } from '../../data/use-observable';

/** Replicated orders in a shippable status (the only ones that can be in the pack queue). */
function useShippableOrders(): { orders: Order[]; loading: boolean } {
  const { db } = useData();
  return useObservable<{ orders: Order[]; loading: boolean }>(
    () =>
      db.orders.find({ selector: { status: { $in: [...shippableStatuses] } } }).$.pipe(
        map((docs) => ({
          loading: false,
          orders: docs.flatMap((doc) => {
            const parsed = orderSchema.safeParse(doc.toJSON());
            return parsed.success ? [parsed.data] : [];
          }),
        })),
      ),
    { orders: [], loading: true },
    [db],
  );
}

/**
 * The pack queue of this workstation (works offline): paid orders with something to ship and no open
 * exceptions, priority first, then oldest; commands not yet synced (a shipment packed here) count.
 */
export function usePackQueue(): { queue: Order[]; loading: boolean } {
  const { session } = useData();
  const { orders, loading } = useShippableOrders();
  const outbox = useOutbox();
  const queue = useMemo(() => {
    const byTarget = new Map<string, typeof outbox>();
    for (const entry of outbox)
      byTarget.set(entry.targetId, [...(byTarget.get(entry.targetId) ?? []), entry]);
    const current = orders.map((order) => {
      const entries = byTarget.get(order.id);
      return entries ? applyOverlay(order, entries, session.user) : order;
    });
    return buildPackQueue(current);
  }, [orders, outbox, session.user]);
  return { queue, loading };
}
