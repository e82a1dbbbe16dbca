import { afterEach, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { orderSchema, type Order } from '../../shared/schemas/order';
import { createTestPaymentProvider } from '../../server/payments/test-payment-provider';
import { usePaymentProvider } from '../../server/payments/payment-providers';
import { describeBackends, type TestServer } from '../factories/test-server';
import { checkoutBody, databaseSnapshot, productNow, productWithStock } from '../factories/storefront';
import { failStatementOnce, storingTheAnswer } from '../factories/fault-injection';
import { claimOrder } from '../factories/orders';

/** The claim, the route's writes and the stored answer commit together (or not at all). */
describeBackends('Idempotency-Key: claim, write and answer in one transaction', (server) => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  async function manualOrder(token: string, body: unknown, key: string) {
    return server.api('POST', '/api/v1/admin/orders', {
      token,
      json: body,
      headers: { 'idempotency-key': key },
    });
  }

  async function manualOrderBody(s: TestServer, index: number) {
    const product = await productWithStock(s, 10, index);
    const { payment: _payment, ...body } = await checkoutBody(s, product);
    return { product, body };
  }

  it('a crash after the write but before the answer is stored leaves nothing; the retry writes once', async () => {
    const admin = await server.login('admin');
    const { product, body } = await manualOrderBody(server, 11);
    const key = newId();
    const before = await databaseSnapshot(server);
    restore = failStatementOnce(server.app, storingTheAnswer);
    const crashed = await manualOrder(admin.token, body, key);
    expect(crashed.status).toBe(500);
    expect(await databaseSnapshot(server)).toEqual(before);
    const retried = await manualOrder(admin.token, body, key);
    expect(retried.status).toBe(201);
    const again = await manualOrder(admin.token, body, key);
    expect(again.status).toBe(201);
    expect((again.body as Order).id).toBe((retried.body as Order).id);
    expect((await productNow(server, product.id)).stock.available).toBe(9);
  });

  it('two simultaneous requests, the first crashing before commit: the other writes once', async () => {
    const admin = await server.login('admin');
    const { product, body } = await manualOrderBody(server, 12);
    const key = newId();
    restore = failStatementOnce(server.app, storingTheAnswer);
    const responses = await Promise.all([0, 1].map(() => manualOrder(admin.token, body, key)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 500]);
    const written = responses.find((response) => response.status === 201);
    const later = await manualOrder(admin.token, body, key);
    expect(later.status).toBe(201);
    expect((later.body as Order).id).toBe((written?.body as Order).id);
    expect((await productNow(server, product.id)).stock.available).toBe(9);
  }, 60_000);

  it('two simultaneous requests: one write, both answer the same order', async () => {
    const admin = await server.login('admin');
    const { product, body } = await manualOrderBody(server, 13);
    const key = newId();
    const [first, second] = await Promise.all([0, 1].map(() => manualOrder(admin.token, body, key)));
    expect([first?.status, second?.status]).toEqual([201, 201]);
    expect(second?.body).toEqual(first?.body);
    expect((await productNow(server, product.id)).stock.available).toBe(9);
  });

  it('a route that fails after its write leaves nothing written and the key free', async () => {
    const admin = await server.login('admin');
    const { product, body } = await manualOrderBody(server, 14);
    const key = newId();
    const before = await databaseSnapshot(server);
    // the route's last step: reading the created order back (after the order was written)
    restore = failStatementOnce(
      server.app,
      (sql, params) => /"?id"? = \$2 and "?store_id"? = \$3/i.test(sql) && params[0] === 'orders',
    );
    const failed = await manualOrder(admin.token, body, key);
    expect(failed.status).toBe(500);
    expect(await databaseSnapshot(server)).toEqual(before);
    const retried = await manualOrder(admin.token, body, key);
    expect(retried.status).toBe(201);
    expect((await productNow(server, product.id)).stock.available).toBe(9);
  });

  it('a refund retried after a crash before commit is paid out once (same refund id at the provider)', async () => {
    const provider = createTestPaymentProvider();
    const previous = usePaymentProvider(provider);
    try {
      const { token } = await server.login('refunds');
      const order = await claimOrder(server, ['shipped', 'delivered'], (o) => o.paymentStatus === 'paid');
      const key = newId();
      const refund = () =>
        server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, {
          token,
          json: { amount: 100, reason: 'Goodwill' },
          headers: { 'idempotency-key': key },
        });
      restore = failStatementOnce(server.app, storingTheAnswer);
      expect((await refund()).status).toBe(500);
      restore();
      restore = undefined;
      const retried = await refund();
      expect(retried.status).toBe(201);
      expect(orderSchema.parse(retried.body).refunds).toHaveLength(1);
      expect(provider.calls()).toBe(1);
    } finally {
      usePaymentProvider(previous);
    }
  });
});
