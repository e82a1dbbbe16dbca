import { createHash } from 'node:crypto';
import type { Order } from '../../shared/schemas/order';
import type { CheckoutInput, CustomerOrder, StorePayment } from '../../shared/schemas/storefront';
import type { Store } from '../../shared/schemas/store';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { getDoc } from '../db/doc-store';
import { withWriteTransaction } from '../db/write-scope';
import type { CheckoutPaymentProvider, ProviderResult } from '../payments/checkout-payment-provider';
import { checkoutProvider } from '../payments/checkout-providers';
import {
  findPaymentByCheckoutKey,
  insertStorePayment,
  publicPayment,
  type StorePaymentRow,
} from '../payments/store-payments';
import type { Queryable } from '../db/sql-client';
import type { AppContext } from './app-context';
import { allocateOrderNumber } from './allocate-order-number';
import { quoteCheckout } from './checkout-quote';
import { applyStockEffects } from './stock-effects';
import { customerIdsOf, refreshCustomerStats } from './customer-stats';
import { afterOrderWritten } from './after-order-written';
import { storefrontStore, storeOssFlags } from './storefront-store';
import { buildStorefrontOrder, toCustomerOrder } from './storefront-order';

/** Where a failed compensation is reported (the request logger). */
export interface ErrorLog {
  error(details: object, message: string): void;
}

export interface CheckoutResult {
  order: CustomerOrder;
  payment: StorePayment;
}

/** A key naming one checkout attempt: caller, Idempotency-Key (or a fresh id) and body. */
export function checkoutKeyOf(
  caller: string,
  idempotencyKey: string | undefined,
  input: CheckoutInput,
): string {
  return createHash('sha256')
    .update(`${caller}\n${idempotencyKey ?? newId()}\n${JSON.stringify(input)}`)
    .digest('hex');
}

async function existingResult(db: Queryable, payment: StorePaymentRow): Promise<CheckoutResult> {
  const order = await getDoc<Order>(db, 'orders', payment.orderId);
  if (!order) throw new DomainError('NOT_FOUND', `Order ${payment.orderId} not found`);
  return { order: toCustomerOrder(order.data), payment: publicPayment(payment) };
}

/** Charges (or authorizes) before the order exists; a decline stops everything with 402. */
async function startPayment(
  provider: CheckoutPaymentProvider,
  amount: number,
  store: Store,
  input: CheckoutInput,
  key: string,
): Promise<ProviderResult> {
  const authorized = await provider.authorize({
    amount,
    currency: store.currency,
    token: input.payment.token,
    idempotencyKey: key,
  });
  if (authorized.status === 'declined') {
    throw new DomainError('PAYMENT_DECLINED', authorized.message ?? 'The payment was declined', {
      details: { provider: provider.name },
    });
  }
  if (authorized.status !== 'authorized') return authorized;
  return provider.capture(authorized.reference, amount, key);
}

/** Gives the money back when the order could not be kept (stock gone, prices changed). */
async function compensate(
  provider: CheckoutPaymentProvider,
  payment: ProviderResult,
  amount: number,
  key: string,
  log: ErrorLog,
): Promise<void> {
  try {
    if (payment.status === 'captured') await provider.refund(payment.reference, amount, `compensate:${key}`);
    else await provider.cancel(payment.reference, `compensate:${key}`);
  } catch (error) {
    log.error({ err: error, reference: payment.reference }, 'checkout compensation failed');
  }
}

/**
 * Storefront checkout: prices from the catalog, VAT by the decision tree, payment through the
 * provider before anything is written, then stock reserved, order and payment recorded in one
 * transaction; if that transaction fails the payment is refunded or voided.
 */
export async function checkout(
  app: AppContext,
  input: CheckoutInput,
  caller: { customerId: string | null; checkoutKey: string; log: ErrorLog },
): Promise<CheckoutResult> {
  const { customerId, checkoutKey } = caller;
  const store = await storefrontStore(app.db);
  const previous = await findPaymentByCheckoutKey(app.db, store.id, checkoutKey);
  if (previous) return existingResult(app.db, previous);
  const oss = await storeOssFlags(app.db, store.id, app.now());
  const quote = await quoteCheckout(app.db, store, input, oss);
  const provider = checkoutProvider(input.payment.provider);
  if (!provider)
    throw new DomainError('BAD_INPUT', 'Unknown payment provider', {
      issues: [{ path: 'payment.provider', message: 'Unknown provider' }],
    });
  const payment = await startPayment(provider, quote.amountDue, store, input, checkoutKey);
  try {
    return await withWriteTransaction(app.db, app.feed, store.id, async (scope) => {
      const again = await findPaymentByCheckoutKey(scope.tx, store.id, checkoutKey);
      if (again) return existingResult(scope.tx, again);
      const fresh = await quoteCheckout(scope.tx, store, input, oss);
      if (fresh.amountDue !== quote.amountDue)
        throw new DomainError('CONFLICT', 'Prices changed during checkout; please review the cart');
      const now = app.now().toISOString();
      await applyStockEffects(scope, [{ kind: 'stock.reserve', lines: fresh.lines }], now);
      const number = await allocateOrderNumber(scope.tx, store.id);
      const order = buildStorefrontOrder({
        store,
        input,
        quote: fresh,
        number,
        customerId,
        paid: payment.status === 'captured',
        now,
      });
      scope.putDoc('orders', order);
      scope.touch('orders');
      await refreshCustomerStats(scope, store.id, customerIdsOf([order]), now);
      await afterOrderWritten(scope, null, order, now);
      const row: StorePaymentRow = {
        id: newId(),
        storeId: store.id,
        orderId: order.id,
        provider: provider.name,
        providerReference: payment.reference,
        status: payment.status === 'captured' ? 'captured' : 'requires_action',
        amount: quote.amountDue,
        currency: store.currency,
      };
      await insertStorePayment(scope.tx, row, checkoutKey);
      return { order: toCustomerOrder(order), payment: publicPayment(row) };
    });
  } catch (error) {
    await compensate(provider, payment, quote.amountDue, checkoutKey, caller.log);
    throw error;
  }
}
