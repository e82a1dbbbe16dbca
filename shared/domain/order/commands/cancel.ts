import { z } from 'zod';
import { DomainError } from '../../../errors';
import { defineOrderCommand } from '../define-order-command';
import { canCancelFromStatus } from '../status-machine';
import type { StockLine } from '../effects';

/** Cancels an order that has not shipped yet and releases its reserved stock (a draft reserved none). */
export const cancelCommand = defineOrderCommand({
  type: 'order.cancel',
  permission: 'orders.cancel',
  payload: z.object({ reason: z.string().trim().min(1, 'A reason is required').max(500) }),
  apply(order, { reason }, ctx) {
    const shippedAnything = order.items.some((item) => item.quantityShipped > 0);
    if (shippedAnything || !canCancelFromStatus(order.status, order.statusBeforeHold)) {
      throw new DomainError('INVALID_TRANSITION', `Cannot cancel an order that is ${order.status}`, {
        details: { from: order.status, to: 'cancelled', allowed: [] },
      });
    }
    const release: StockLine[] = order.items
      .filter((item) => item.productId !== null)
      .map((item) => ({
        productId: item.productId ?? '',
        quantity: item.quantity - item.quantityShipped - item.quantityCancelled,
      }))
      .filter((line) => line.quantity > 0);
    return {
      order: {
        ...order,
        status: 'cancelled',
        statusBeforeHold: null,
        cancelReason: reason,
        items: order.items.map((item) => ({
          ...item,
          quantityCancelled: item.quantity - item.quantityShipped,
        })),
        updatedAt: ctx.now,
      },
      effects: release.length > 0 && order.draft !== true ? [{ kind: 'stock.release', lines: release }] : [],
      event: { type: 'cancelled', message: `Order cancelled: ${reason}`, data: { reason } },
    };
  },
});
