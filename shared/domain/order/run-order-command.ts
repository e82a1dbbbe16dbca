import type { Order } from '../../schemas/order';
import type { CommandContext } from './define-order-command';
import { buildOrderEvent } from './define-order-command';
import type { OrderEffect } from './effects';
import { assertPermission } from './permissions';
import { getOrderCommand } from './order-commands';
import { DomainError } from '../../errors';
import { draftCommandTypes } from './manual/confirm-draft';

export interface RunOrderCommandInput {
  order: Order;
  type: string;
  payload: unknown;
  ctx: CommandContext;
}

/** Checks permission, validates, applies and records one command; the same code on device and server. */
export function runOrderCommand({ order, type, payload, ctx }: RunOrderCommandInput): {
  order: Order;
  effects: OrderEffect[];
} {
  const command = getOrderCommand(type);
  assertPermission(ctx.actor, command.permission);
  if (order.draft === true && !draftCommandTypes.has(type))
    throw new DomainError('CONFLICT', `Order ${order.number} is a draft; confirm it first`, {
      details: { reason: 'draft' },
    });
  const result = command.run(order, payload, ctx);
  return {
    order: {
      ...result.order,
      version: order.version + 1,
      updatedAt: ctx.now,
      events: [...result.order.events, buildOrderEvent(ctx, result.event)],
    },
    effects: result.effects,
  };
}
