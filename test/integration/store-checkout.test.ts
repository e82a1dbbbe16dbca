import { expect, it } from 'vitest';
import type { z } from 'zod';
import { checkoutResultSchema } from '../../shared/schemas/storefront';
import { newId } from '../../shared/ids';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from '../../server/payments/webhook-signature';
import { describeBackends, errorBodyOf } from '../factories/test-server';
import { fetchOrder } from '../factories/orders';
import {
  checkoutBody,
  databaseSnapshot,
  productNow,
  productWithStock,
  registerCustomer,
} from '../factories/storefront';

type CheckoutResult = z.infer<typeof checkoutResultSchema>;

describeBackends('storefront checkout', (server) => {
  const post = (json: unknown, headers: Record<string, string> = {}, token?: string) =>
    server.api('POST', '/api/v1/store/checkout', { json, headers, ...(token ? { token } : {}) });

  it('prices from the catalog, reserves stock, confirms a paid order that replicates as a doc', async () => {
    const product = await productWithStock(server, 5, 1);
    const { token } = await registerCustomer(server);
    const body = await checkoutBody(server, product, { items: [{ productId: product.id, quantity: 2 }] });
    const response = await post(
      { ...body, items: [{ productId: product.id, quantity: 2, unitPrice: 1 }] },
      {},
      token,
    );
    expect(response.status).toBe(201);
    const result: CheckoutResult = checkoutResultSchema.parse(response.body);
    expect(result.order).toMatchObject({
      status: 'confirmed',
      paymentStatus: 'paid',
      vatTreatment: 'domestic',
      channel: 'direct',
    });
    expect(result.order.items[0]?.product.unitPriceNet).toBe(product.priceNet);
    expect(result.order.totals.gross).toBe(result.payment.amount);
    expect(result.payment.status).toBe('captured');
    expect((await productNow(server, product.id)).stock).toEqual({
      onHand: product.stock.onHand,
      reserved: product.stock.reserved + 2,
      available: 3,
    });
    const admin = await server.login('admin');
    const stored = await fetchOrder(server, admin.token, result.order.id);
    expect(stored.events.map((event) => event.type)).toEqual(['created', 'payment']);
  });

  it('applies OSS destination VAT from the store invoice settings for a French consumer', async () => {
    const product = await productWithStock(server, 5, 2);
    const address = { name: 'Jean', line1: '1 rue X', postalCode: '69001', city: 'Lyon', country: 'FR' };
    const response = await post(
      await checkoutBody(server, product, { billingAddress: address, shippingAddress: address }),
    );
    expect(response.status).toBe(201);
    const { order } = checkoutResultSchema.parse(response.body);
    const ossRows = await server.app.db.query(
      `SELECT 1 FROM docs WHERE collection = 'invoice_settings' AND (data->>'ossRegistered')::boolean`,
    );
    expect(order.vatTreatment).toBe(ossRows.length > 0 ? 'oss_destination' : 'origin_distance_sale');
  });

  it('declined payment: 402 PAYMENT_DECLINED and nothing kept', async () => {
    const product = await productWithStock(server, 3, 3);
    const before = await databaseSnapshot(server);
    const response = await post(
      await checkoutBody(server, product, { payment: { provider: 'test', token: 'tok_declined' } }),
      { 'idempotency-key': newId() },
    );
    expect(response.status).toBe(402);
    expect(errorBodyOf(response).code).toBe('PAYMENT_DECLINED');
    expect(await databaseSnapshot(server)).toEqual(before);
    expect((await productNow(server, product.id)).stock.available).toBe(3);
  });

  it('requires_action: order pending and unpaid, then authorized after confirm (confirm twice is harmless)', async () => {
    const product = await productWithStock(server, 3, 4);
    const response = await post(
      await checkoutBody(server, product, { payment: { provider: 'test', token: 'tok_requires_action' } }),
    );
    expect(response.status).toBe(201);
    const first = checkoutResultSchema.parse(response.body);
    expect(first.order).toMatchObject({ status: 'pending', paymentStatus: 'unpaid' });
    expect(first.payment.status).toBe('requires_action');
    expect((await productNow(server, product.id)).stock.available).toBe(2);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const confirmed = await server.api('POST', `/api/v1/store/payments/${first.payment.id}/confirm`);
      expect(confirmed.status).toBe(200);
      const result = checkoutResultSchema.parse(confirmed.body);
      expect(result.order).toMatchObject({ status: 'pending', paymentStatus: 'authorized' });
      expect(result.payment.status).toBe('authorized');
    }
    expect((await server.api('POST', `/api/v1/store/payments/${newId()}/confirm`)).status).toBe(404);
  });

  it('Idempotency-Key: same key and body gives the same order; a different body is 409', async () => {
    const product = await productWithStock(server, 5, 5);
    const key = newId();
    const body = await checkoutBody(server, product);
    const first = await post(body, { 'idempotency-key': key });
    const second = await post(body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    const other = await post(
      { ...body, items: [{ productId: product.id, quantity: 2 }] },
      { 'idempotency-key': key },
    );
    expect(other.status).toBe(409);
    expect((await productNow(server, product.id)).stock.available).toBe(4);
  });

  it('100 concurrent checkouts for the last 10 units make exactly 10 orders', async () => {
    const product = await productWithStock(server, 10, 6);
    const body = await checkoutBody(server, product);
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => post(body, { 'idempotency-key': newId() })),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 422)).toHaveLength(90);
    const ids = new Set(
      responses.filter((r) => r.status === 201).map((r) => checkoutResultSchema.parse(r.body).order.id),
    );
    expect(ids.size).toBe(10);
    const stock = (await productNow(server, product.id)).stock;
    expect(stock).toEqual({
      onHand: product.stock.onHand,
      reserved: product.stock.reserved + 10,
      available: 0,
    });
  }, 60_000);

  it('refuses bad input with 400 naming the fields, an unknown product with 404, and a staff token with 403', async () => {
    const product = await productWithStock(server, 2, 7);
    const body = await checkoutBody(server, product);
    const bad = await post({ ...body, items: [{ productId: 'nope', quantity: 0 }] });
    expect(bad.status).toBe(400);
    expect(errorBodyOf(bad).issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['items.0.productId', 'items.0.quantity']),
    );
    expect((await post({ ...body, items: [{ productId: newId(), quantity: 1 }] })).status).toBe(404);
    const staff = await server.login('admin');
    expect((await post(body, {}, staff.token)).status).toBe(403);
    expect((await post(body, {}, 'odct_forged')).status).toBe(401);
  });

  it('webhook: bad signature 401; signed capture confirms the order once per event id', async () => {
    const product = await productWithStock(server, 2, 8);
    const created = checkoutResultSchema.parse(
      (
        await post(
          await checkoutBody(server, product, {
            payment: { provider: 'test', token: 'tok_requires_action' },
          }),
        )
      ).body,
    );
    const rows = await server.app.db.query<{ provider_reference: string }>(
      'SELECT provider_reference FROM store_payments WHERE id = $1',
      [created.payment.id],
    );
    const raw = JSON.stringify({
      id: `evt_${newId()}`,
      type: 'payment.captured',
      data: { provider: 'test', reference: rows[0]?.provider_reference },
    });
    const unsigned = await server.api('POST', '/api/v1/store/payments/webhook', {
      raw,
      contentType: 'application/json',
      headers: { [WEBHOOK_SIGNATURE_HEADER]: 'sha256=00' },
    });
    expect(unsigned.status).toBe(401);
    const headers = { [WEBHOOK_SIGNATURE_HEADER]: signWebhook(raw, server.app.config.webhookSecret ?? '') };
    const first = await server.api('POST', '/api/v1/store/payments/webhook', {
      raw,
      contentType: 'application/json',
      headers,
    });
    const again = await server.api('POST', '/api/v1/store/payments/webhook', {
      raw,
      contentType: 'application/json',
      headers,
    });
    expect(first.body).toEqual({ received: true, applied: true, duplicate: false });
    expect(again.body).toEqual({ received: true, applied: false, duplicate: true });
    const admin = await server.login('admin');
    const order = await fetchOrder(server, admin.token, created.order.id);
    expect(order).toMatchObject({ status: 'confirmed', paymentStatus: 'paid', version: 2 });
  });
});
