import type { CustomerOrderStats } from '../../schemas/customer-order-stats';
import type { Order } from '../../schemas/order';
import { roundHalfAwayFromZero } from '../../money';

/** Money given back on an order: its recorded refunds (by items or amount), else refunded item quantities. */
function refundedGross(order: Order): number {
  if (order.refunds && order.refunds.length > 0)
    return order.refunds.reduce((sum, refund) => sum + refund.amount, 0);
  return order.items.reduce(
    (sum, item) => sum + Math.round((item.lineGross * item.quantityRefunded) / item.quantity),
    0,
  );
}

/**
 * Recomputes a customer's statistics from their placed orders (pure; the server keeps the result
 * current). Drafts are not orders yet (as in Shopify): they count once they are placed.
 */
export function computeCustomerOrderStats(
  base: Pick<CustomerOrderStats, 'id' | 'storeId' | 'customerId' | 'currency' | 'version'>,
  ordersAndDrafts: readonly Order[],
  now: string,
): CustomerOrderStats {
  const orders = ordersAndDrafts.filter((order) => order.draft !== true);
  const live = orders.filter((order) => order.status !== 'cancelled');
  const refundedTotal = orders.reduce((sum, order) => sum + refundedGross(order), 0);
  const totalSpentNet = live.reduce((sum, order) => sum + order.totals.net, 0);
  const totalSpentGross = live.reduce((sum, order) => sum + order.totals.gross, 0);
  const dates = orders.map((order) => order.createdAt).sort();
  return {
    ...base,
    orderCount: orders.length,
    cancelledCount: orders.length - live.length,
    totalSpentNet,
    totalSpentGross,
    averageOrderValueGross: live.length > 0 ? roundHalfAwayFromZero(totalSpentGross / live.length) : 0,
    refundedTotal,
    firstOrderAt: dates[0] ?? null,
    lastOrderAt: dates.at(-1) ?? null,
    updatedAt: now,
  };
}
