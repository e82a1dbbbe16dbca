import { createHash } from 'node:crypto';
import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import type { CheckoutInput, CustomerOrder, StorePayment } from '../../shared/schemas/storefront';
import type { Store } from '../../shared/schemas/store';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { getDoc } from '../db/doc-store';
import { withWriteTransaction } from '../db/write-scope';
import type { Queryable } from '../db/sql-client';
import type { CheckoutPaymentProvider, ProviderResult } from '../payments/checkout-payment-provider';
import { checkoutProvider } from '../payments/checkout-providers';
import {
  findPaymentByCheckoutKey,
  insertStorePayment,
  publicPayment,
  type StorePaymentRow,
} from '../payments/store-payments';
import {
  deleteCheckoutAttempt,
  findCheckoutAttempt,
  heldByAttempts,
  insertCheckoutAttempt,
  providerKeyOf,
  type CheckoutAttempt,
} from '../payments/checkout-attempts';
import type { AppContext } from './app-context';
import { allocateOrderNumber } from './allocate-order-number';
import { quoteCheckout, type CheckoutQuote } from './checkout-quote';
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

/** The provider a checkout names, or 400. */
export function providerFor(name: string): CheckoutPaymentProvider {
  const provider = checkoutProvider(name);
  if (!provider)
    throw new DomainError('BAD_INPUT', 'Unknown payment provider', {
      issues: [{ path: 'payment.provider', message: 'Unknown provider' }],
    });
  return provider;
}

/** Quantities per product of a cart, product ids ascending (the order their rows are locked in). */
function wantedOf(quote: CheckoutQuote): Map<string, number> {
  const wanted = new Map<string, number>();
  for (const line of quote.lines)
    wanted.set(line.productId, (wanted.get(line.productId) ?? 0) + line.quantity);
  return new Map([...wanted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Locks the cart's product rows (ascending ids: two reservations never wait on each other in a
 * cycle) and returns them; a store writer changing their stock waits for this transaction.
 */
async function lockProducts(
  tx: Queryable,
  storeId: string,
  wanted: Map<string, number>,
): Promise<Map<string, Product>> {
  const products = new Map<string, Product>();
  for (const productId of wanted.keys()) {
    const stored = await getDoc<Product>(tx, 'products', productId, { storeId, forUpdate: true });
    if (!stored) throw new DomainError('NOT_FOUND', `Product ${productId} not found`);
    products.set(productId, stored.data);
  }
  return products;
}

/** Refuses a cart whose lines exceed what is available minus what open checkouts hold. */
async function assertAvailable(
  tx: Queryable,
  storeId: string,
  wanted: Map<string, number>,
  products: Map<string, Product>,
): Promise<void> {
  const held = await heldByAttempts(tx, storeId, [...wanted.keys()]);
  for (const [productId, quantity] of wanted) {
    const { sku, stock } = products.get(productId)!;
    const available = stock.onHand - stock.reserved - (held.get(productId) ?? 0);
    if (available < quantity) {
      throw new DomainError(
        'BUSINESS_RULE',
        `Not enough stock for ${sku}: ${Math.max(0, available)} available, ${quantity} needed`,
        { details: { productId, available: Math.max(0, available), requested: quantity } },
      );
    }
  }
}

/**
 * Step 1, a short transaction holding the row locks of the cart's products (not the store's write
 * lock: it writes no documents, so no sequence numbers): holds the cart's stock by recording an open
 * checkout attempt (counted against availability until confirmed or dropped). Reservations of the
 * same products serialise on the row locks, as do two requests with the same checkout key (same
 * body, so same products); confirm's stock update waits for them. A retried checkout key gets its
 * open attempt back, or the result it already produced.
 */
export async function reserveCheckout(
  app: AppContext,
  store: Store,
  input: CheckoutInput,
  caller: { customerId: string | null; checkoutKey: string },
): Promise<{ attempt: CheckoutAttempt } | { result: CheckoutResult }> {
  const provider = providerFor(input.payment.provider);
  const oss = await storeOssFlags(app.db, store.id, app.now());
  const quote = await quoteCheckout(app.db, store, input, oss);
  const wanted = wantedOf(quote);
  return app.db.transaction(async (tx) => {
    const products = await lockProducts(tx, store.id, wanted);
    const open = await findCheckoutAttempt(tx, store.id, caller.checkoutKey);
    if (open) return { attempt: open };
    const done = await findPaymentByCheckoutKey(tx, store.id, caller.checkoutKey);
    if (done) return { result: await existingResult(tx, done) };
    await assertAvailable(tx, store.id, wanted, products);
    const attempt: CheckoutAttempt = {
      id: newId(),
      storeId: store.id,
      checkoutKey: caller.checkoutKey,
      customerId: caller.customerId,
      provider: provider.name,
      amount: quote.amountDue,
      currency: store.currency,
      input,
      quote,
      createdAt: app.now().toISOString(),
    };
    await insertCheckoutAttempt(tx, attempt);
    return { attempt };
  });
}

/** Step 2, outside any transaction: authorizes and captures with the attempt's key (a retry never charges twice). */
export async function payCheckout(
  provider: CheckoutPaymentProvider,
  attempt: CheckoutAttempt,
): Promise<ProviderResult> {
  const authorized = await provider.authorize({
    amount: attempt.amount,
    currency: attempt.currency,
    token: attempt.input.payment.token,
    idempotencyKey: providerKeyOf(attempt),
  });
  if (authorized.status !== 'authorized') return authorized;
  return provider.capture(authorized.reference, attempt.amount, providerKeyOf(attempt));
}

/** Gives the money back when the order could not be kept (stock taken meanwhile, attempt expired). */
export async function compensatePayment(
  provider: CheckoutPaymentProvider,
  payment: ProviderResult,
  amount: number,
  key: string,
  log: ErrorLog,
): Promise<void> {
  try {
    if (payment.status === 'captured') await provider.refund(payment.reference, amount, `compensate:${key}`);
    else if (payment.status === 'authorized' || payment.status === 'requires_action')
      await provider.cancel(payment.reference, `compensate:${key}`);
  } catch (error) {
    log.error({ err: error, reference: payment.reference }, 'checkout compensation failed');
  }
}

/** Drops an open attempt: its stock is free again. No store lock needed (it writes no documents). */
export async function dropCheckoutAttempt(app: AppContext, attempt: CheckoutAttempt): Promise<void> {
  await deleteCheckoutAttempt(app.db, attempt.id);
}

function paymentRowOf(attempt: CheckoutAttempt, order: Order, payment: ProviderResult): StorePaymentRow {
  return {
    id: newId(),
    storeId: attempt.storeId,
    orderId: order.id,
    provider: attempt.provider,
    providerReference: payment.reference,
    status: payment.status === 'captured' ? 'captured' : 'requires_action',
    amount: attempt.amount,
    currency: attempt.currency,
  };
}

/** The order, stock reservation and payment row of a paid (or action-pending) attempt, in one transaction. */
async function writeConfirmedOrder(
  app: AppContext,
  store: Store,
  attempt: CheckoutAttempt,
  payment: ProviderResult,
): Promise<CheckoutResult> {
  return withWriteTransaction(app.db, app.feed, store.id, async (scope) => {
    const done = await findPaymentByCheckoutKey(scope.tx, store.id, attempt.checkoutKey);
    if (done) return existingResult(scope.tx, done);
    if (!(await deleteCheckoutAttempt(scope.tx, attempt.id)))
      throw new DomainError(
        'CONFLICT',
        'The checkout expired before its payment completed; please try again',
      );
    const now = app.now().toISOString();
    const { quote, input } = attempt;
    await applyStockEffects(scope, [{ kind: 'stock.reserve', lines: quote.lines }], now);
    const number = await allocateOrderNumber(scope.tx, store.id);
    const paid = payment.status === 'captured';
    const order = buildStorefrontOrder({
      store,
      input,
      quote,
      number,
      customerId: attempt.customerId,
      paid,
      now,
    });
    scope.putDoc('orders', order);
    await refreshCustomerStats(scope, store.id, customerIdsOf([order]), now);
    await afterOrderWritten(scope, null, order, now);
    const row = paymentRowOf(attempt, order, payment);
    await insertStorePayment(scope.tx, row, attempt.checkoutKey);
    return { order: toCustomerOrder(order), payment: publicPayment(row) };
  });
}

/**
 * Step 3: a declined payment drops the attempt (402, nothing kept); a captured or action-pending
 * one becomes the order in a second short transaction. If that fails, the payment is refunded or
 * voided and the attempt dropped.
 */
export async function confirmCheckout(
  app: AppContext,
  store: Store,
  attempt: CheckoutAttempt,
  payment: ProviderResult,
  log: ErrorLog,
): Promise<CheckoutResult> {
  const provider = providerFor(attempt.provider);
  if (payment.status !== 'captured' && payment.status !== 'requires_action') {
    await dropCheckoutAttempt(app, attempt);
    await compensatePayment(provider, payment, attempt.amount, providerKeyOf(attempt), log);
    throw new DomainError('PAYMENT_DECLINED', payment.message ?? 'The payment was declined', {
      details: { provider: provider.name },
    });
  }
  try {
    return await writeConfirmedOrder(app, store, attempt, payment);
  } catch (error) {
    await compensatePayment(provider, payment, attempt.amount, providerKeyOf(attempt), log);
    await dropCheckoutAttempt(app, attempt);
    throw error;
  }
}

/**
 * Storefront checkout as reserve → pay → confirm: prices from the catalog and VAT by the decision
 * tree, stock held by a short transaction, the provider called outside any transaction or lock,
 * then a second short transaction writes the order (or the hold is dropped). A process that dies
 * between the steps leaves an open attempt that start-up recovery resolves (recover-checkouts.ts).
 */
export async function checkout(
  app: AppContext,
  input: CheckoutInput,
  caller: { customerId: string | null; checkoutKey: string; log: ErrorLog },
): Promise<CheckoutResult> {
  const store = await storefrontStore(app.db);
  const previous = await findPaymentByCheckoutKey(app.db, store.id, caller.checkoutKey);
  if (previous) return existingResult(app.db, previous);
  const reserved = await reserveCheckout(app, store, input, caller);
  if ('result' in reserved) return reserved.result;
  const payment = await payCheckout(providerFor(reserved.attempt.provider), reserved.attempt);
  return confirmCheckout(app, store, reserved.attempt, payment, caller.log);
}
