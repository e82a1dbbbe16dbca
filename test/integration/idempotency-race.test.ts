import { expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { describeBackends, errorBodyOf } from '../factories/test-server';
import { checkoutBody, productNow, productWithStock } from '../factories/storefront';

describeBackends('Idempotency-Key under concurrency: one claim per key', (server) => {
  it('runs one of many simultaneous requests with the same key; all answer its result', async () => {
    const product = await productWithStock(server, 20, 7);
    const body = await checkoutBody(server, product);
    const key = newId();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        server.api('POST', '/api/v1/store/checkout', { json: body, headers: { 'idempotency-key': key } }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 6 }, () => 201));
    const orderIds = new Set(responses.map((response) => (response.body as { id: string }).id));
    expect(orderIds.size).toBe(1);
    expect((await productNow(server, product.id)).stock.available).toBe(19);
  });

  it('creates one manual order for simultaneous staff requests with the same key', async () => {
    const admin = await server.login('admin');
    const product = await productWithStock(server, 20, 10);
    const { payment: _payment, ...body } = await checkoutBody(server, product);
    const key = newId();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        server.api('POST', '/api/v1/admin/orders', {
          token: admin.token,
          json: body,
          headers: { 'idempotency-key': key },
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 6 }, () => 201));
    expect(new Set(responses.map((response) => (response.body as { id: string }).id)).size).toBe(1);
    expect((await productNow(server, product.id)).stock.available).toBe(19);
  });

  it('answers 409 to a simultaneous request with the same key and another body; only one runs', async () => {
    const product = await productWithStock(server, 20, 8);
    const body = await checkoutBody(server, product);
    const other = { ...body, items: [{ productId: product.id, quantity: 2 }] };
    const key = newId();
    const [first, second] = await Promise.all(
      [body, other].map((json) =>
        server.api('POST', '/api/v1/store/checkout', { json, headers: { 'idempotency-key': key } }),
      ),
    );
    const statuses = [first?.status, second?.status].sort();
    expect(statuses).toEqual([201, 409]);
    const conflict = [first, second].find((response) => response?.status === 409);
    if (conflict) expect(errorBodyOf(conflict).code).toBe('CONFLICT');
    const available = (await productNow(server, product.id)).stock.available;
    expect([18, 19]).toContain(available);
  });

  it('lets the same key run again after the first request failed (nothing was written)', async () => {
    const product = await productWithStock(server, 5, 9);
    const key = newId();
    const declined = await checkoutBody(server, product, {
      payment: { provider: 'test', token: 'tok_declined' },
    });
    const first = await server.api('POST', '/api/v1/store/checkout', {
      json: declined,
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(402);
    const again = await server.api('POST', '/api/v1/store/checkout', {
      json: declined,
      headers: { 'idempotency-key': key },
    });
    expect(again.status).toBe(402);
    expect((await productNow(server, product.id)).stock.available).toBe(5);
  });
});
