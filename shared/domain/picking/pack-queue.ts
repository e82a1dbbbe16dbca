import type { Order } from '../../schemas/order';
import { remainingToShip, shippableStatuses } from '../order/fulfillment';

/** Payment states in which goods may leave the warehouse. */
const packablePaymentStatuses: readonly Order['paymentStatus'][] = ['paid', 'partially_refunded'];

/** Tags that move an order to the front of the pack queue (case-insensitive). */
export const priorityTags: readonly string[] = ['priority', 'express'];

type QueueOrder = Pick<
  Order,
  'id' | 'status' | 'paymentStatus' | 'openExceptionCount' | 'items' | 'tags' | 'createdAt' | 'number'
>;

/** Whether an order waits to be packed: paid, shippable status, something left to ship, no open exceptions. */
export function isReadyToPack(order: QueueOrder): boolean {
  return (
    packablePaymentStatuses.includes(order.paymentStatus) &&
    shippableStatuses.includes(order.status) &&
    order.openExceptionCount === 0 &&
    order.items.some((item) => remainingToShip(item) > 0)
  );
}

/** Whether the order carries a priority tag (express shipping paid for, VIP). */
export function isPriorityOrder(order: Pick<Order, 'tags'>): boolean {
  return order.tags.some((tag) => priorityTags.includes(tag.toLowerCase()));
}

/** The pack queue: orders ready to pack, priority orders first, then oldest first (then by number). */
export function buildPackQueue<T extends QueueOrder>(orders: readonly T[]): T[] {
  return orders
    .filter(isReadyToPack)
    .sort(
      (a, b) =>
        Number(isPriorityOrder(b)) - Number(isPriorityOrder(a)) ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.number.localeCompare(b.number, 'en', { numeric: true }),
    );
}

/** The order to pack after `currentId`: the first in the queue that is not the current one. */
export function nextInQueue<T extends QueueOrder>(queue: readonly T[], currentId: string | null): T | null {
  return queue.find((order) => order.id !== currentId) ?? null;
}

/** Units still to ship over the whole order. */
export function unitsToShip(order: Pick<Order, 'items'>): number {
  return order.items.reduce((sum, item) => sum + Math.max(0, remainingToShip(item)), 0);
}
