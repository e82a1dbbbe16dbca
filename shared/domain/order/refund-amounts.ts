import type { Order, OrderItem } from '../../schemas/order';

/** Gross value (minor units) of `quantity` units of an item: its line gross pro rata, rounded. */
export function itemRefundValue(item: OrderItem, quantity: number): number {
  return Math.round((item.lineGross * quantity) / item.quantity);
}

/** What the customer paid for the order: nothing while unpaid or only authorised. */
export function paidAmount(order: Order): number {
  const paid =
    order.paymentStatus === 'paid' ||
    order.paymentStatus === 'partially_refunded' ||
    order.paymentStatus === 'refunded';
  return paid ? order.totals.gross : 0;
}

/** What was refunded so far (an order marked refunded without records counts as fully refunded). */
export function refundedAmount(order: Order): number {
  const recorded = (order.refunds ?? []).reduce((sum, refund) => sum + refund.amount, 0);
  return order.paymentStatus === 'refunded' ? Math.max(recorded, paidAmount(order)) : recorded;
}

/** What may still be refunded: paid minus already refunded, never negative. */
export function refundableAmount(order: Order): number {
  return Math.max(0, paidAmount(order) - refundedAmount(order));
}
