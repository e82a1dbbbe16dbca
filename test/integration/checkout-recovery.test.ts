import { expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import type { CheckoutInput } from '../../shared/schemas/storefront';
import { withWriteTransaction } from '../../server/db/write-scope';
import { checkoutProvider, useCheckoutProvider } from '../../server/payments/checkout-providers';
import type { CheckoutPaymentProvider } from '../../server/payments/checkout-payment-provider';
import {
  checkout,
  confirmCheckout,
  dropCheckoutAttempt,
  payCheckout,
  providerFor,
  reserveCheckout,
} from '../../server/services/checkout';
import { recoverCheckouts } from '../../server/services/recover-checkouts';
import { storefrontStore } from '../../server/services/storefront-store';
import { describeBackends } from '../factories/test-server';
import { checkoutBody, productNow, productWithStock } from '../factories/storefront';

const log = { error: (): void => undefined };

describeBackends('checkout: reserve → pay → confirm, recovered after a crash between steps', (server) => {
  const attemptFor = async (body: CheckoutInput, checkoutKey: string) => {
    const store = await storefrontStore(server.app.db);
    const reserved = await reserveCheckout(server.app, store, body, { customerId: null, checkoutKey });
    if (!('attempt' in reserved)) throw new Error('expected an open attempt');
    return reserved.attempt;
  };
  const paymentsOf = async (checkoutKey: string) =>
    server.app.db.query<{ status: string; order_id: string }>(
      'SELECT status, order_id FROM store_payments WHERE checkout_key = $1',
      [checkoutKey],
    );

  it('dies after the payment was captured: recovery writes the order once, a retry gets it back', async () => {
    const product = await productWithStock(server, 1, 11);
    const body = await checkoutBody(server, product);
    const key = newId();
    const attempt = await attemptFor(body, key);
    expect((await payCheckout(providerFor('test'), attempt)).status).toBe('captured');
    // the process "dies" here: no confirmation. The held unit is not sold twice meanwhile:
    const other = checkout(server.app, body, { customerId: null, checkoutKey: newId(), log });
    await expect(other).rejects.toMatchObject({ code: 'BUSINESS_RULE' });
    expect(await recoverCheckouts(server.app, log, -1)).toEqual({ confirmed: 1, dropped: 0, failed: 0 });
    expect(await recoverCheckouts(server.app, log, -1)).toEqual({ confirmed: 0, dropped: 0, failed: 0 });
    const payments = await paymentsOf(key);
    expect(payments).toHaveLength(1);
    expect(payments[0]?.status).toBe('captured');
    const stock = (await productNow(server, product.id)).stock;
    expect(stock).toMatchObject({ reserved: product.stock.reserved + 1, available: 0 });
    const retried = await checkout(server.app, body, { customerId: null, checkoutKey: key, log });
    expect(retried.order.id).toBe(payments[0]?.order_id);
    expect(retried.order).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
  });

  it('a retry after the payment was given back is charged anew, never answered with the refunded payment', async () => {
    const product = await productWithStock(server, 1, 14);
    const body = await checkoutBody(server, product);
    const key = newId();
    const attempt = await attemptFor(body, key);
    const first = await payCheckout(providerFor('test'), attempt);
    expect(first.status).toBe('captured');
    // the hold expired while the provider answered: the order cannot be kept, the money goes back
    await dropCheckoutAttempt(server.app, attempt);
    const store = await storefrontStore(server.app.db);
    await expect(confirmCheckout(server.app, store, attempt, first, log)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await paymentsOf(key)).toHaveLength(0);
    // the customer tries again with the same Idempotency-Key and body: a new charge, not the refunded one
    const retried = await checkout(server.app, body, { customerId: null, checkoutKey: key, log });
    expect(retried.order).toMatchObject({ paymentStatus: 'paid' });
    const [row] = await server.app.db.query<{ provider_reference: string }>(
      'SELECT provider_reference FROM store_payments WHERE checkout_key = $1',
      [key],
    );
    expect(row?.provider_reference).toBeDefined();
    expect(row?.provider_reference).not.toBe(first.reference);
  });

  it('dies before paying: recovery finds no payment at the provider, drops the hold, charges nothing', async () => {
    const product = await productWithStock(server, 1, 12);
    const body = await checkoutBody(server, product);
    const key = newId();
    await attemptFor(body, key);
    expect(await recoverCheckouts(server.app, log, 60_000)).toMatchObject({ confirmed: 0, dropped: 0 }); // too young
    expect(await recoverCheckouts(server.app, log, -1)).toEqual({ confirmed: 0, dropped: 1, failed: 0 });
    expect(await paymentsOf(key)).toHaveLength(0);
    expect((await productNow(server, product.id)).stock.available).toBe(1);
    const sold = await checkout(server.app, body, { customerId: null, checkoutKey: newId(), log });
    expect(sold.payment.status).toBe('captured');
  });

  it('dies after a decline: recovery drops the attempt', async () => {
    const product = await productWithStock(server, 1, 13);
    const body = await checkoutBody(server, product, {
      payment: { provider: 'test', token: 'tok_declined' },
    });
    const attempt = await attemptFor(body, newId());
    expect((await payCheckout(providerFor('test'), attempt)).status).toBe('declined');
    expect(await recoverCheckouts(server.app, log, -1)).toEqual({ confirmed: 0, dropped: 1, failed: 0 });
    expect((await productNow(server, product.id)).stock.available).toBe(1);
  });

  it('a slow provider holds no lock: the same store writes meanwhile', async () => {
    const real = checkoutProvider('test');
    if (!real) throw new Error('no test provider');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: CheckoutPaymentProvider = {
      ...real,
      name: 'test',
      authorize: async (request) => {
        await gate;
        return real.authorize(request);
      },
    };
    useCheckoutProvider(slow);
    try {
      const product = await productWithStock(server, 2, 14);
      const body = await checkoutBody(server, product);
      const pending = checkout(server.app, body, { customerId: null, checkoutKey: newId(), log });
      await new Promise((resolve) => setTimeout(resolve, 200)); // the checkout now waits on the provider
      const started = Date.now();
      await withWriteTransaction(server.app.db, server.app.feed, product.storeId, async ({ tx }) => {
        await tx.query('SELECT 1');
      });
      expect(Date.now() - started).toBeLessThan(1000);
      release();
      expect((await pending).payment.status).toBe('captured');
    } finally {
      useCheckoutProvider(real);
    }
  });

  it('a keyed checkout (Idempotency-Key) holds no lock while the provider works; a retry returns its order', async () => {
    const real = checkoutProvider('test');
    if (!real) throw new Error('no test provider');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const slow: CheckoutPaymentProvider = {
      ...real,
      name: 'test',
      authorize: async (request) => {
        calls += 1;
        await gate;
        return real.authorize(request);
      },
    };
    useCheckoutProvider(slow);
    try {
      const product = await productWithStock(server, 2, 15);
      const body = await checkoutBody(server, product);
      const key = newId();
      const pending = server.api('POST', '/api/v1/store/checkout', {
        json: body,
        headers: { 'idempotency-key': key },
      });
      for (let i = 0; i < 100 && calls === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(calls).toBe(1); // the checkout now waits on the provider
      const started = Date.now();
      await withWriteTransaction(server.app.db, server.app.feed, product.storeId, async ({ tx }) => {
        await tx.query('SELECT 1');
      });
      expect(Date.now() - started).toBeLessThan(1000);
      release();
      const first = await pending;
      expect(first.status).toBe(201);
      const again = await server.api('POST', '/api/v1/store/checkout', {
        json: body,
        headers: { 'idempotency-key': key },
      });
      expect(again.status).toBe(201);
      expect((again.body as { id: string }).id).toBe((first.body as { id: string }).id);
      expect((await productNow(server, product.id)).stock.available).toBe(1);
    } finally {
      release();
      useCheckoutProvider(real);
    }
  });
});
