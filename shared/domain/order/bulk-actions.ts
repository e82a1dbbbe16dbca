import { z } from 'zod';
import { uuidSchema } from '../../schemas/common';
import { orderStatusSchema, type Order } from '../../schemas/order';
import type { Permission } from '../../schemas/permission';
import { DomainError, isDomainError, parseOrThrow, type DomainErrorBody } from '../../errors';
import type { CommandContext } from './define-order-command';
import { remainingToShip } from './fulfillment';
import { runOrderCommand } from './run-order-command';

const tagSchema = z.string().trim().min(1).max(50);

/** Tracking data for one order of a "mark shipped" bulk action (from a CSV of tracking numbers). */
export const bulkShipmentLineSchema = z.object({
  orderId: uuidSchema,
  carrier: z.string().trim().min(1).max(100),
  trackingNumber: z.string().trim().min(1).max(100),
});

export const bulkActionParamsSchemas = {
  set_status: z.object({ status: orderStatusSchema }),
  add_tag: z.object({ tag: tagSchema }),
  remove_tag: z.object({ tag: tagSchema }),
  assign_shipping_method: z.object({ shippingMethodId: uuidSchema }),
  cancel: z.object({ reason: z.string().trim().min(1).max(500) }),
  mark_shipped: z.object({ shipments: z.array(bulkShipmentLineSchema).min(1).max(10_000) }),
} as const;
export type BulkActionName = keyof typeof bulkActionParamsSchemas;
export const bulkActionNames = Object.keys(bulkActionParamsSchemas) as [BulkActionName, ...BulkActionName[]];

/** A bulk action with its parameters, as the app and POST /admin/orders/bulk send it. */
export type BulkAction = {
  [K in BulkActionName]: { action: K; params: z.infer<(typeof bulkActionParamsSchemas)[K]> };
}[BulkActionName];

export const bulkRequestSchema = z.object({
  action: z.enum(bulkActionNames),
  orderIds: z.array(uuidSchema).min(1).max(10_000),
  params: z.unknown(),
});

/** Validates `params` for `action` (400 with field paths when they do not fit). */
export function parseBulkAction(action: BulkActionName, params: unknown): BulkAction {
  const schema: z.ZodType<unknown> = bulkActionParamsSchemas[action];
  return { action, params: parseOrThrow(schema, params ?? {}, 'params') } as BulkAction; // the schema picked by `action` produced these params
}

/** The permission a bulk action needs (the same as its command). */
export function bulkActionPermission(action: BulkActionName): Permission {
  return action === 'cancel' ? 'orders.cancel' : 'orders.edit';
}

export interface BulkCommand {
  type: string;
  payload: Record<string, unknown>;
  summary: string;
}

/** The order command one bulk action becomes for one order (ids for new records come from `newId`). */
export function bulkCommandFor(bulk: BulkAction, order: Order, newId: () => string): BulkCommand {
  const label = `#${order.number}`;
  switch (bulk.action) {
    case 'set_status':
      return {
        type: 'order.set_status',
        payload: { status: bulk.params.status },
        summary: `Set ${label} to ${bulk.params.status}`,
      };
    case 'add_tag':
      return {
        type: 'order.add_tags',
        payload: { tags: [bulk.params.tag] },
        summary: `Tag ${label} "${bulk.params.tag}"`,
      };
    case 'remove_tag':
      return {
        type: 'order.remove_tags',
        payload: { tags: [bulk.params.tag] },
        summary: `Untag ${label} "${bulk.params.tag}"`,
      };
    case 'assign_shipping_method':
      return {
        type: 'order.update',
        payload: { shippingMethodId: bulk.params.shippingMethodId },
        summary: `Shipping method of ${label}`,
      };
    case 'cancel':
      return {
        type: 'order.cancel',
        payload: { reason: bulk.params.reason },
        summary: `Cancel order ${label}`,
      };
    case 'mark_shipped': {
      const line = bulk.params.shipments.find((shipment) => shipment.orderId === order.id);
      if (!line)
        throw new DomainError('BAD_INPUT', `No tracking number for order ${label}`, {
          issues: [{ path: 'params.shipments', message: 'Missing order' }],
        });
      const items = order.items
        .map((item) => ({ orderItemId: item.id, quantity: remainingToShip(item) }))
        .filter((item) => item.quantity > 0);
      return {
        type: 'order.create_shipment',
        payload: {
          shipmentId: newId(),
          shippingMethodId: order.shippingMethodId,
          carrier: line.carrier,
          trackingNumber: line.trackingNumber,
          items,
        },
        summary: `Ship order ${label} (${line.trackingNumber})`,
      };
    }
  }
}

export interface BulkPlanItem {
  orderId: string;
  command: BulkCommand;
  /** The order with the command applied, as the overlay will show it. */
  result: Order;
}

export type BulkPlanOutcome =
  { ok: true; item: BulkPlanItem } | { ok: false; orderId: string; error: DomainErrorBody };

/**
 * Validates one order of a bulk action with the same shared function the server runs; a domain
 * error becomes a per-order failure instead of stopping the batch.
 */
export function planBulkCommand(bulk: BulkAction, order: Order, ctx: CommandContext): BulkPlanOutcome {
  try {
    const command = bulkCommandFor(bulk, order, ctx.newId);
    const { order: result } = runOrderCommand({ order, type: command.type, payload: command.payload, ctx });
    return { ok: true, item: { orderId: order.id, command, result } };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, orderId: order.id, error: error.toBody() };
    throw error;
  }
}
