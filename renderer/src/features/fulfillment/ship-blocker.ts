import type { Order } from '../../../../shared/schemas/order';
import { remainingToShip, shippableStatuses } from '../../../../shared/domain/order/fulfillment';
import { countUnresolvedItems } from '../../../../shared/domain/exceptions/exception-commands';

/** Why the order cannot ship now (the domain would refuse), or undefined when it can. */
export function shipBlocker(order: Order): 'exceptions' | 'status' | 'nothingLeft' | undefined {
  if (!order.items.some((item) => remainingToShip(item) > 0)) return 'nothingLeft';
  if (!shippableStatuses.includes(order.status)) return 'status';
  if (countUnresolvedItems(order) > 0) return 'exceptions';
  return undefined;
}
