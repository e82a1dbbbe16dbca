import type { FulfillmentStatus, Order, OrderItem, OrderStatus } from '../../schemas/order';
import type { ShippingMethod } from '../../schemas/shipping-method';

/** Units of an item still to ship: ordered minus shipped minus cancelled. */
export function remainingToShip(item: OrderItem): number {
  return Math.max(0, item.quantity - item.quantityShipped - item.quantityCancelled);
}

/** Fulfillment status derived from item quantities (cancelled units count as done). */
export function deriveFulfillmentStatus(items: readonly OrderItem[]): FulfillmentStatus {
  const shippedAny = items.some((item) => item.quantityShipped > 0);
  if (!shippedAny) return 'unfulfilled';
  return items.every((item) => remainingToShip(item) === 0) ? 'fulfilled' : 'partially_fulfilled';
}

/** Whether anything of the order has left the warehouse (addresses and method are then frozen). */
export function hasShippedAnything(order: Pick<Order, 'items'>): boolean {
  return order.items.some((item) => item.quantityShipped > 0);
}

/** Statuses from which a shipment may be created. */
export const shippableStatuses: readonly OrderStatus[] = ['confirmed', 'processing', 'partially_shipped'];

/**
 * The tracking URL for `trackingNumber` from the method's `{tracking}` template, or null without one.
 * Pure so the device computes it offline; the server recomputes it from its own shipping method.
 */
export function trackingUrlFor(
  method: Pick<ShippingMethod, 'trackingUrlTemplate'> | null | undefined,
  trackingNumber: string,
): string | null {
  const template = method?.trackingUrlTemplate.trim() ?? '';
  if (template.length === 0) return null;
  return template.split('{tracking}').join(encodeURIComponent(trackingNumber.trim()));
}
