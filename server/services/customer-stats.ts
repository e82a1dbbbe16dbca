import type { Order } from '../../shared/schemas/order';
import { computeCustomerOrderStats } from '../../shared/domain/order/customer-order-stats';
import { sql } from 'kysely';
import { docText, liveDocs } from '../db/doc-queries';
import { qb, run, runFirst } from '../db/kysely';
import type { WriteScope } from '../db/write-scope';
import type { CommandMiddleware } from './apply-command';
import { findOrder } from './load-order';

/** jsonb comes back parsed (pg) or as text (PGlite). */
const parse = <T>(data: unknown): T => (typeof data === 'string' ? JSON.parse(data) : data) as T;

/** Customers whose statistics an order change can affect (guest orders have none). */
export function customerIdsOf(orders: readonly (Pick<Order, 'customerId'> | undefined)[]): string[] {
  return [...new Set(orders.flatMap((order) => (order?.customerId ? [order.customerId] : [])))];
}

/**
 * Recomputes and stores the `customer_stats` document of each customer from all their orders, inside
 * the caller's write transaction (the stats doc id is the customer id: customers belong to one store).
 */
export async function refreshCustomerStats(
  scope: WriteScope,
  storeId: string,
  customerIds: readonly string[],
  now: string,
): Promise<void> {
  if (customerIds.length === 0) return;
  const ids = [...new Set(customerIds)];
  const orderRows = await run(
    scope.tx,
    liveDocs('orders', storeId)
      .select(['id', 'version', 'data'])
      .where(sql<boolean>`${docText('customerId')} = ANY(${ids}::text[])`),
  );
  const statRows = await run(
    scope.tx,
    qb
      .selectFrom('docs')
      .select(['id', 'version'])
      .where('collection', '=', 'customer_stats')
      .where(sql<boolean>`id = ANY(${ids}::uuid[])`),
  );
  const storeRow = await runFirst(
    scope.tx,
    qb.selectFrom('stores').select(docText('currency').as('currency')).where('id', '=', storeId),
  );
  const byCustomer = new Map<string, Order[]>(ids.map((id) => [id, []]));
  for (const row of orderRows) {
    const order = parse<Order>(row.data);
    if (order.customerId) byCustomer.get(order.customerId)?.push(order);
  }
  const versions = new Map(statRows.map((row) => [row.id, row.version]));
  const storeCurrency = storeRow?.currency ?? 'EUR';
  for (const [customerId, orders] of byCustomer) {
    const base = {
      id: customerId,
      storeId,
      customerId,
      currency: orders[0]?.currency ?? storeCurrency,
      version: (versions.get(customerId) ?? 0) + 1,
    };
    scope.putDoc('customer_stats', computeCustomerOrderStats(base, orders, now));
  }
  scope.touch('customer_stats');
}

/** What of an order its customer's statistics depend on; equal before and after → nothing to refresh. */
function statsInputs(order: Order | undefined): string {
  if (!order) return '';
  return JSON.stringify([
    order.customerId,
    order.draft === true,
    order.status,
    order.totals.net,
    order.totals.gross,
    order.currency,
    order.createdAt,
    order.refunds?.map((refund) => refund.amount) ?? [],
    order.items.map((item) => [item.lineGross, item.quantity, item.quantityRefunded]),
  ]);
}

/**
 * After every `order.*` command the customer's statistics follow the order, in the same transaction:
 * when the command changed something they depend on, the customers a push touched are recomputed
 * from their orders once, before it commits.
 */
export const customerStatsMiddleware: CommandMiddleware = async (scope, user, command, now, next) => {
  if (!command.type.startsWith('order.')) return next();
  const before = await findOrder(scope, user.storeId, command.targetId);
  const version = await next();
  const after = await findOrder(scope, user.storeId, command.targetId);
  if (statsInputs(before) === statsInputs(after)) return version;
  const pending = await scope.memo('customer-stats:pending', () => Promise.resolve(new Set<string>()));
  for (const id of customerIdsOf([before, after])) pending.add(id);
  scope.beforeCommit('customer-stats', () => refreshCustomerStats(scope, user.storeId, [...pending], now));
  return version;
};
