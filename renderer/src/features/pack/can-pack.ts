import type { Order } from '../../../../shared/schemas/order';
import type { Actor } from '../../../../shared/domain/order/permissions';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { remainingToShip, shippableStatuses } from '../../../../shared/domain/order/fulfillment';

/** Why this user cannot pack the order now, or null when they can. */
export function packBlocker(order: Order, user: Actor): string | null {
  if (!hasPermission(user, 'orders.edit')) return 'You need the orders.edit permission to pack orders.';
  if (!shippableStatuses.includes(order.status))
    return `An order that is ${order.status.replace(/_/g, ' ')} cannot be shipped.`;
  if (order.openExceptionCount > 0)
    return 'This order has unmatched items: resolve them in the exceptions queue first.';
  if (!order.items.some((item) => remainingToShip(item) > 0))
    return 'Everything in this order has already been shipped.';
  return null;
}
