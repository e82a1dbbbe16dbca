import type { Permission } from '../../schemas/permission';
import type { Order } from '../../schemas/order';
import { DomainError, parseOrThrow } from '../../errors';
import type { CommandContext, OrderCommandDefinition, OrderCommandResult } from './define-order-command';
import { setStatusCommand } from './commands/set-status';
import { cancelCommand } from './commands/cancel';
import { addTagsCommand, removeTagsCommand, setNotesCommand } from './commands/edit-tags-notes';
import { createShipmentCommand } from './commands/create-shipment';
import { updateShipmentStatusCommand } from './commands/update-shipment-status';
import { refundCommand } from './commands/refund';
import { updateOrderCommand } from './commands/update-order';
import { editOrderItemsCommand } from './manual/edit-order-items';
import { confirmDraftCommand } from './manual/confirm-draft';

/** A command definition with its payload type erased behind validation. */
export interface RegisteredOrderCommand {
  type: string;
  permission: Permission;
  run: (order: Order, rawPayload: unknown, ctx: CommandContext) => OrderCommandResult;
}

function register<P>(definition: OrderCommandDefinition<P>): RegisteredOrderCommand {
  return {
    type: definition.type,
    permission: definition.permission,
    run: (order, rawPayload, ctx) =>
      definition.apply(order, parseOrThrow(definition.payload, rawPayload, 'command payload'), ctx),
  };
}

const registry = new Map<string, RegisteredOrderCommand>(
  [
    register(setStatusCommand),
    register(cancelCommand),
    register(addTagsCommand),
    register(removeTagsCommand),
    register(setNotesCommand),
    register(createShipmentCommand),
    register(updateShipmentStatusCommand),
    register(refundCommand),
    register(updateOrderCommand),
    register(editOrderItemsCommand),
    register(confirmDraftCommand),
  ].map((command) => [command.type, command]),
);

/** Adds command definitions from other feature folders (shipments, refunds, exceptions…). */
export function registerOrderCommands(...definitions: OrderCommandDefinition<never>[]): void {
  for (const definition of definitions) registry.set(definition.type, register(definition));
}

/** The registered command of `type`, or BAD_INPUT for an unknown type. */
export function getOrderCommand(type: string): RegisteredOrderCommand {
  const command = registry.get(type);
  if (!command)
    throw new DomainError('BAD_INPUT', `Unknown command type ${type}`, {
      issues: [{ path: 'type', message: 'Unknown command type' }],
    });
  return command;
}

export function orderCommandTypes(): string[] {
  return [...registry.keys()];
}
