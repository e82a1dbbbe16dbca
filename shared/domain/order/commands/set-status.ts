import { z } from 'zod';
import { orderStatusSchema } from '../../../schemas/order';
import { DomainError } from '../../../errors';
import { defineOrderCommand } from '../define-order-command';
import { allowedStatusTargets } from '../status-machine';

/** Moves an order along the state machine (cancel has its own command and permission). */
export const setStatusCommand = defineOrderCommand({
  type: 'order.set_status',
  permission: 'orders.edit',
  payload: z.object({ status: orderStatusSchema }),
  apply(order, { status }, ctx) {
    const allowed = allowedStatusTargets(order.status, order.statusBeforeHold);
    if (status === 'cancelled') {
      throw new DomainError('INVALID_TRANSITION', 'Use cancel to cancel an order', {
        details: { from: order.status, to: status, allowed },
      });
    }
    if (!allowed.includes(status)) {
      throw new DomainError('INVALID_TRANSITION', `Cannot change status from ${order.status} to ${status}`, {
        details: { from: order.status, to: status, allowed },
      });
    }
    const statusBeforeHold = status === 'on_hold' ? order.status : null;
    return {
      order: { ...order, status, statusBeforeHold, updatedAt: ctx.now },
      effects: [],
      event: {
        type: 'status_changed',
        message: `Status changed from ${order.status} to ${status}`,
        data: { from: order.status, to: status },
      },
    };
  },
});
