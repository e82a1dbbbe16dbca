import { z } from 'zod';
import { uuidSchema } from '../../../schemas/common';
import type { Order, OrderItem, Shipment } from '../../../schemas/order';
import { DomainError } from '../../../errors';
import { assertNoOpenExceptions } from '../../exceptions/exception-commands';
import { defineOrderCommand } from '../define-order-command';
import type { StockLine } from '../effects';
import { deriveFulfillmentStatus, remainingToShip, shippableStatuses } from '../fulfillment';

export const shipmentLineSchema = z.object({
  orderItemId: uuidSchema,
  quantity: z.number().int().positive(),
});

export const createShipmentPayloadSchema = z.object({
  /** Created on the device, so the overlay and the server speak of the same shipment. */
  shipmentId: uuidSchema,
  shippingMethodId: uuidSchema.nullable().optional(),
  carrier: z.string().trim().min(1, 'A carrier is required').max(100),
  trackingNumber: z.string().trim().min(1, 'A tracking number is required').max(100),
  /**
   * From `trackingUrlFor(method, trackingNumber)` on the device; the server replaces it with the URL
   * from its own shipping method before running the command, so a client cannot plant a link.
   */
  trackingUrl: z.string().max(600).nullable().optional(),
  items: z.array(shipmentLineSchema).min(1, 'Choose at least one item').max(500),
});
export type CreateShipmentPayload = z.infer<typeof createShipmentPayloadSchema>;

function assertShippable(order: Order, shipmentId: string): void {
  if (!shippableStatuses.includes(order.status)) {
    throw new DomainError('INVALID_TRANSITION', `Cannot ship an order that is ${order.status}`, {
      details: { from: order.status, to: 'shipped', allowed: [] },
    });
  }
  if (order.shipments.some((shipment) => shipment.id === shipmentId)) {
    throw new DomainError('CONFLICT', 'This shipment already exists', { details: { shipmentId } });
  }
  assertNoOpenExceptions(order, 'ship');
}

function shippedItems(order: Order, lines: CreateShipmentPayload['items']): OrderItem[] {
  const byItem = new Map<string, number>();
  for (const line of lines) byItem.set(line.orderItemId, (byItem.get(line.orderItemId) ?? 0) + line.quantity);
  for (const [orderItemId, quantity] of byItem) {
    const index = order.items.findIndex((item) => item.id === orderItemId);
    const item = order.items[index];
    if (!item) {
      throw new DomainError('BAD_INPUT', 'Unknown order item', {
        issues: [
          {
            path: `items.${lines.findIndex((l) => l.orderItemId === orderItemId)}.orderItemId`,
            message: 'Not an item of this order',
          },
        ],
      });
    }
    const remaining = remainingToShip(item);
    if (quantity > remaining) {
      throw new DomainError('BUSINESS_RULE', `Only ${remaining} of ${item.product.name} left to ship`, {
        details: { rule: 'over_ship', orderItemId, remaining, requested: quantity },
        issues: [
          {
            path: `items.${lines.findIndex((l) => l.orderItemId === orderItemId)}.quantity`,
            message: `At most ${remaining}`,
          },
        ],
      });
    }
  }
  return order.items.map((item) => ({
    ...item,
    quantityShipped: item.quantityShipped + (byItem.get(item.id) ?? 0),
  }));
}

/** Ships some or all remaining units: commits their stock and moves the order to (partially) shipped. */
export const createShipmentCommand = defineOrderCommand({
  type: 'order.create_shipment',
  permission: 'orders.edit',
  payload: createShipmentPayloadSchema,
  apply(order, payload, ctx) {
    assertShippable(order, payload.shipmentId);
    const items = shippedItems(order, payload.items);
    const commit: StockLine[] = payload.items.flatMap((line) => {
      const productId = order.items.find((item) => item.id === line.orderItemId)?.productId;
      return productId ? [{ productId, quantity: line.quantity }] : [];
    });
    const shipment: Shipment = {
      id: payload.shipmentId,
      shippingMethodId: payload.shippingMethodId ?? null,
      carrier: payload.carrier,
      trackingNumber: payload.trackingNumber,
      trackingUrl: payload.trackingUrl ?? null,
      items: payload.items,
      status: 'shipped',
      createdAt: ctx.now,
      shippedAt: ctx.now,
      deliveredAt: null,
    };
    const fulfillmentStatus = deriveFulfillmentStatus(items);
    const status = fulfillmentStatus === 'fulfilled' ? 'shipped' : 'partially_shipped';
    const units = payload.items.reduce((sum, line) => sum + line.quantity, 0);
    return {
      order: {
        ...order,
        items,
        shipments: [...order.shipments, shipment],
        fulfillmentStatus,
        status,
        statusBeforeHold: null,
        updatedAt: ctx.now,
      },
      effects: commit.length > 0 ? [{ kind: 'stock.commit', lines: commit }] : [],
      event: {
        type: 'shipment_created',
        message: `Shipped ${units} unit${units === 1 ? '' : 's'} with ${payload.carrier} (${payload.trackingNumber})`,
        data: {
          shipmentId: shipment.id,
          carrier: shipment.carrier,
          trackingNumber: shipment.trackingNumber,
          items: payload.items,
        },
      },
    };
  },
});
