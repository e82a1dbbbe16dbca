import type { Order } from '../../shared/schemas/order';
import type { CustomerOrder, StorePayment } from '../../shared/schemas/storefront';
import { DomainError } from '../../shared/errors';
import { getDoc } from '../db/doc-store';
import { qb, runFirst } from '../db/kysely';
import { withWriteTransaction } from '../db/write-scope';
import { checkoutProvider } from '../payments/checkout-providers';
import { findPaymentByReference, findStorePayment, publicPayment } from '../payments/store-payments';
import type { AppContext } from './app-context';
import { applyPaymentOutcome, type PaymentOutcome } from './store-payment-updates';
import { toCustomerOrder } from './storefront-order';

/**
 * Completes the customer action of a `requires_action` payment: the provider confirms, the payment
 * becomes `authorized` and so does the order's payment status (the order stays pending until
 * capture). Confirming again answers the current state.
 */
export async function confirmStorePayment(
  app: AppContext,
  paymentId: string,
): Promise<{ order: CustomerOrder; payment: StorePayment }> {
  const payment = await findStorePayment(app.db, paymentId);
  if (!payment) throw new DomainError('NOT_FOUND', `Payment ${paymentId} not found`);
  const provider = checkoutProvider(payment.provider);
  if (!provider) throw new DomainError('CONFLICT', `Payment provider ${payment.provider} is not available`);
  if (payment.status === 'requires_action') {
    const result = await provider.confirm(payment.providerReference, `confirm:${payment.id}`);
    if (result.status !== 'authorized')
      throw new DomainError('PAYMENT_DECLINED', result.message ?? 'The payment could not be confirmed');
    await withWriteTransaction(app.db, app.feed, payment.storeId, async (scope) => {
      const locked = await findStorePayment(scope.tx, payment.id, true);
      if (locked) await applyPaymentOutcome(scope, locked, 'authorized', app.now().toISOString());
    });
  }
  const current = await findStorePayment(app.db, paymentId);
  const order = await getDoc<Order>(app.db, 'orders', payment.orderId);
  if (!current || !order) throw new DomainError('NOT_FOUND', `Payment ${paymentId} not found`);
  return { order: toCustomerOrder(order.data), payment: publicPayment(current) };
}

export interface PaymentWebhookEvent {
  id: string;
  type: 'payment.authorized' | 'payment.captured' | 'payment.failed';
  data: { provider: string; reference: string };
}

const outcomeByType: Record<PaymentWebhookEvent['type'], PaymentOutcome> = {
  'payment.authorized': 'authorized',
  'payment.captured': 'captured',
  'payment.failed': 'failed',
};

/** Applies a verified provider webhook once per event id; unknown payments are acknowledged and ignored. */
export async function applyPaymentWebhook(
  app: AppContext,
  storeId: string,
  event: PaymentWebhookEvent,
): Promise<{ received: true; applied: boolean; duplicate: boolean }> {
  return withWriteTransaction(app.db, app.feed, storeId, async (scope) => {
    const inserted = await runFirst(
      scope.tx,
      qb
        .insertInto('payment_webhook_events')
        .values({ id: event.id, type: event.type })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .returning('id'),
    );
    if (!inserted) return { received: true, applied: false, duplicate: true };
    const payment = await findPaymentByReference(scope.tx, event.data.provider, event.data.reference);
    if (!payment) return { received: true, applied: false, duplicate: false };
    const applied = await applyPaymentOutcome(
      scope,
      payment,
      outcomeByType[event.type],
      app.now().toISOString(),
    );
    return { received: true, applied, duplicate: false };
  });
}
