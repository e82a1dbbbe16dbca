import { createManualOrderType } from '../../../shared/domain/order/manual/build-manual-order';
import type { Order } from '../../../shared/schemas/order';
import type { OrderItemException } from '../../../shared/schemas/order-exception';
import type { OrderDeskDatabase } from './database';
import { isExceptionCommand } from './exception-overlay';
import type { OutboxEntry } from './local-schemas';

type Versioned = { version?: number };

/**
 * An applied exception command has caught up once its exception reached the reported version (the
 * outcome's version is the exception's) and, if the command closed it, the exception's order carries
 * the command's timeline event (orders and exceptions replicate separately; either may come first).
 */
export function exceptionEntryCaughtUp(
  entry: OutboxEntry,
  exception: OrderItemException | undefined,
  order: Order | undefined,
): boolean {
  if (!exception) return true;
  if (exception.version < (entry.appliedVersion ?? 0)) return false;
  if (exception.status === 'open' || !order) return true;
  return order.events.some((event) => event.commandId === entry.id);
}

/** The applied outbox entries whose result the replicated state now shows (safe to drop). */
export async function caughtUpEntries(
  db: OrderDeskDatabase,
  applied: readonly OutboxEntry[],
): Promise<OutboxEntry[]> {
  const exceptionEntries = applied.filter(isExceptionCommand);
  const exceptions = await db.orderexceptions.findByIds(exceptionEntries.map((e) => e.targetId)).exec();
  const plainException = (id: string): OrderItemException | undefined =>
    exceptions.get(id)?.toJSON() as unknown as OrderItemException | undefined; // replicated server documents
  const orderIds = [
    ...applied.filter((e) => !isExceptionCommand(e)).map((e) => e.targetId),
    ...exceptionEntries.flatMap((e) => plainException(e.targetId)?.orderId ?? []),
  ];
  const orders = await db.orders.findByIds(orderIds).exec();
  const plainOrder = (id: string | undefined): Order | undefined =>
    id === undefined ? undefined : (orders.get(id)?.toJSON() as unknown as Order | undefined);
  return applied.filter((entry) => {
    if (isExceptionCommand(entry)) {
      const exception = plainException(entry.targetId);
      return exceptionEntryCaughtUp(entry, exception, plainOrder(exception?.orderId));
    }
    const target = orders.get(entry.targetId)?.toJSON() as Versioned | undefined;
    // a created order stays drawn from its command until the server's copy has arrived
    const missing = entry.type === createManualOrderType ? -1 : Number.MAX_SAFE_INTEGER;
    const version = target ? Number(target.version ?? 0) : missing;
    return version >= (entry.appliedVersion ?? 0);
  });
}
