import type { Command } from '../../shared/schemas/command';
import type { Order } from '../../shared/schemas/order';
import type { WriteScope } from '../db/write-scope';
import { preloadSeries } from './invoicing/invoice-series-store';

/** A text field of the command's payload (not validated yet: the handler does that). */
function payloadText(command: Command, field: string): string | undefined {
  const value = (command.payload as Record<string, unknown> | null)?.[field];
  return typeof value === 'string' ? value : undefined;
}

/** The order a command reads: an order command's target, an invoice's order. */
function orderIdOf(command: Command): string | undefined {
  if (command.type.startsWith('order.')) return command.targetId;
  return command.type === 'invoice.issue' ? payloadText(command, 'orderId') : undefined;
}

/**
 * Loads, with one query per collection, what the commands of one push read: their orders, those
 * orders' invoices and products, and the invoices the push issues (to see they are new). Each
 * command then reads the write scope's cache instead of asking the database one row at a time.
 */
export async function prefetchForPush(
  scope: WriteScope,
  storeId: string,
  commands: readonly Command[],
): Promise<void> {
  const orderIds = [...new Set(commands.map(orderIdOf).filter((id) => id !== undefined))];
  // every target too: the middlewares look each one up as an order (an invoice id finds none, once)
  await scope.prefetch('orders', [...orderIds, ...commands.map((command) => command.targetId)]);
  const orders = await Promise.all(orderIds.map((id) => scope.getDoc<Order>('orders', id, { storeId })));
  const productIds = orders.flatMap(
    (stored) => stored?.data.items.map((item) => item.productId).filter((id) => id !== null) ?? [],
  );
  await scope.prefetch('products', productIds);
  await scope.prefetchWhere('invoices', 'orderId', orderIds);
  const issues = commands.filter((command) => command.type === 'invoice.issue');
  await scope.prefetch(
    'invoices',
    issues.map((command) => command.targetId),
  );
  await preloadSeries(
    scope,
    storeId,
    [...new Set(issues.map((command) => payloadText(command, 'series')))].filter((s) => s !== undefined),
  );
}
