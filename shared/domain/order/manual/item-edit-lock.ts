import type { Order } from '../../../schemas/order';
import { DomainError } from '../../../errors';
import { hasShippedAnything } from '../fulfillment';

export type ItemEditLock = 'cancelled' | 'shipped' | 'invoiced' | 'refunded';

/** Why the items of `order` can no longer change, or undefined while they can (unshipped, uninvoiced). */
export function itemEditLock(order: Order, invoiced: boolean): ItemEditLock | undefined {
  if (order.status === 'cancelled') return 'cancelled';
  if (hasShippedAnything(order)) return 'shipped';
  if (invoiced) return 'invoiced';
  if ((order.refunds ?? []).length > 0) return 'refunded';
  return undefined;
}

/** Throws CONFLICT (details.reason `items_locked`, details.lock) when the items cannot change. */
export function assertItemsEditable(order: Order, invoiced: boolean): void {
  const lock = itemEditLock(order, invoiced);
  if (lock === undefined) return;
  throw new DomainError('CONFLICT', `The items of order ${order.number} cannot change: it is ${lock}`, {
    details: { reason: 'items_locked', lock },
  });
}
