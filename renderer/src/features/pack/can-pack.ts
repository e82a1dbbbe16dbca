import type { Order } from '../../../../shared/schemas/order';
import type { Actor } from '../../../../shared/domain/order/permissions';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { remainingToShip, shippableStatuses } from '../../../../shared/domain/order/fulfillment';

/** Why an order cannot be packed now (the screen words it). */
export type PackBlocker = 'permission' | 'status' | 'exceptions' | 'nothing_left';

/** Why this user cannot pack the order now, or null when they can. */
export function packBlocker(order: Order, user: Actor): PackBlocker | null {
  if (!hasPermission(user, 'orders.edit')) return 'permission';
  if (!shippableStatuses.includes(order.status)) return 'status';
  if (order.openExceptionCount > 0) return 'exceptions';
  if (!order.items.some((item) => remainingToShip(item) > 0)) return 'nothing_left';
  return null;
}
