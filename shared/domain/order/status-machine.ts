import type { OrderStatus } from '../../schemas/order';

/** Statuses from which an order may still be put on hold. */
export const openStatuses: readonly OrderStatus[] = [
  'pending',
  'confirmed',
  'processing',
  'partially_shipped',
];

/** Statuses before anything has shipped: the only ones an order can be cancelled from. */
export const cancellableStatuses: readonly OrderStatus[] = ['pending', 'confirmed', 'processing', 'on_hold'];

/** Transitions a user may ask for directly; shipping statuses are also reached through shipments. */
const manualTransitions: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ['confirmed', 'on_hold'],
  confirmed: ['processing', 'on_hold'],
  processing: ['confirmed', 'on_hold'],
  partially_shipped: ['on_hold'],
  shipped: ['delivered'],
  delivered: ['completed'],
  completed: [],
  on_hold: [],
  cancelled: [],
};

/** Statuses reachable from `from` by a direct status change (cancel is its own command). */
export function allowedStatusTargets(from: OrderStatus, statusBeforeHold: OrderStatus | null): OrderStatus[] {
  if (from === 'on_hold') return statusBeforeHold ? [statusBeforeHold] : ['confirmed'];
  return [...manualTransitions[from]];
}

/** Whether the state machine lets an order in `status` be cancelled. */
export function canCancelFromStatus(status: OrderStatus, statusBeforeHold: OrderStatus | null): boolean {
  if (status === 'on_hold')
    return statusBeforeHold === null || cancellableStatuses.includes(statusBeforeHold);
  return cancellableStatuses.includes(status);
}

export const terminalStatuses: readonly OrderStatus[] = ['completed', 'cancelled'];

/**
 * The statuses every one of `orders` may move to by hand (bulk "set status" offers only these):
 * the intersection of each order's allowed targets.
 */
export function statusTargetsForAll(
  orders: Iterable<{ status: OrderStatus; statusBeforeHold: OrderStatus | null }>,
): OrderStatus[] {
  let common: OrderStatus[] | undefined;
  const seen = new Set<string>();
  for (const order of orders) {
    const key = `${order.status}:${order.statusBeforeHold ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const targets = allowedStatusTargets(order.status, order.statusBeforeHold);
    common = common === undefined ? targets : common.filter((status) => targets.includes(status));
    if (common.length === 0) break;
  }
  return common ?? [];
}
