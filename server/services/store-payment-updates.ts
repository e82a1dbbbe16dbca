import type { Order } from '../../shared/schemas/order';
import type { StorePayment } from '../../shared/schemas/storefront';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { WriteScope } from '../db/write-scope';
import { setStorePaymentStatus, type StorePaymentRow } from '../payments/store-payments';
import { applyStockEffects } from './stock-effects';
import { customerIdsOf, refreshCustomerStats } from './customer-stats';
import { afterOrderWritten } from './after-order-written';

export type PaymentOutcome = 'authorized' | 'captured' | 'failed';

function withEvent(order: Order, type: string, message: string, now: string): Order {
  const event = {
    id: newId(),
    at: now,
    userId: null,
    userName: null,
    deviceId: null,
    commandId: null,
    type,
    message,
  };
  return { ...order, events: [...order.events, event], version: order.version + 1, updatedAt: now };
}

/** A pending, unpaid order whose payment failed is cancelled and its stock released. */
async function cancelForFailedPayment(scope: WriteScope, order: Order, now: string): Promise<Order> {
  if (order.status !== 'pending' || order.paymentStatus !== 'unpaid') return order;
  const release = order.items
    .map((item) => ({
      productId: item.productId ?? '',
      quantity: item.quantity - item.quantityShipped - item.quantityCancelled,
    }))
    .filter((line) => line.productId !== '' && line.quantity > 0);
  if (release.length > 0) await applyStockEffects(scope, [{ kind: 'stock.release', lines: release }], now);
  const cancelled: Order = {
    ...order,
    status: 'cancelled',
    cancelReason: 'Payment failed',
    items: order.items.map((item) => ({ ...item, quantityCancelled: item.quantity - item.quantityShipped })),
  };
  return withEvent(cancelled, 'cancelled', 'Order cancelled: payment failed', now);
}

function nextPaymentStatus(
  current: StorePayment['status'],
  outcome: PaymentOutcome,
): StorePayment['status'] | null {
  if (outcome === 'authorized') return current === 'requires_action' ? 'authorized' : null;
  if (outcome === 'captured')
    return current === 'requires_action' || current === 'authorized' ? 'captured' : null;
  return current === 'requires_action' || current === 'authorized' ? 'cancelled' : null;
}

/**
 * Applies a payment outcome (confirm step or provider webhook) to our payment row and its order in
 * the caller's write transaction; an outcome that does not move the payment forward changes nothing.
 */
export async function applyPaymentOutcome(
  scope: WriteScope,
  payment: StorePaymentRow,
  outcome: PaymentOutcome,
  now: string,
): Promise<boolean> {
  const next = nextPaymentStatus(payment.status, outcome);
  if (next === null) return false;
  const stored = await scope.getDoc<Order>('orders', payment.orderId);
  if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Order ${payment.orderId} not found`);
  const order: Order = { ...stored.data, version: stored.version };
  let updated: Order;
  if (outcome === 'failed') updated = await cancelForFailedPayment(scope, order, now);
  else if (outcome === 'authorized')
    updated = withEvent({ ...order, paymentStatus: 'authorized' }, 'payment', 'Payment authorized', now);
  else {
    const status = order.status === 'pending' ? 'confirmed' : order.status;
    updated = withEvent({ ...order, paymentStatus: 'paid', status }, 'payment', 'Payment captured', now);
  }
  await setStorePaymentStatus(scope.tx, payment.id, next);
  if (updated !== order) {
    scope.putDoc('orders', updated);
    scope.touch('orders');
    await refreshCustomerStats(scope, updated.storeId, customerIdsOf([updated]), now);
    await afterOrderWritten(scope, order, updated, now);
  }
  return true;
}
