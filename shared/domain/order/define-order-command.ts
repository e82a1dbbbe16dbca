import type { z } from 'zod';
import type { Order, OrderEvent } from '../../schemas/order';
import type { Permission } from '../../schemas/permission';
import type { Actor } from './permissions';
import type { OrderEffect } from './effects';

/** Everything a command may know besides the order and its payload; the server supplies its own clock. */
export interface CommandContext {
  actor: Actor;
  deviceId: string;
  commandId: string;
  now: string;
  /** Deterministic id source (ids derived from the command id keep device and server in step). */
  newId: () => string;
}

export interface OrderCommandResult {
  order: Order;
  effects: OrderEffect[];
  /** What happened, in words for the timeline. */
  event: { type: string; message: string; data?: Record<string, unknown> };
}

/** One operation on an order, run on the device (optimistically) and on the server (with authority). */
export interface OrderCommandDefinition<P> {
  type: string;
  permission: Permission;
  payload: z.ZodType<P>;
  /** Pure: validates against the current order and returns the changed copy; throws DomainError. */
  apply: (order: Order, payload: P, ctx: CommandContext) => OrderCommandResult;
}

export function defineOrderCommand<P>(definition: OrderCommandDefinition<P>): OrderCommandDefinition<P> {
  return definition;
}

/** Builds the timeline entry for a command. */
export function buildOrderEvent(ctx: CommandContext, event: OrderCommandResult['event']): OrderEvent {
  return {
    id: ctx.newId(),
    at: ctx.now,
    userId: ctx.actor.id,
    userName: ctx.actor.name,
    deviceId: ctx.deviceId,
    commandId: ctx.commandId,
    type: event.type,
    message: event.message,
    ...(event.data ? { data: event.data } : {}),
  };
}
