import { expect, it } from 'vitest';
import type { Order } from '../../shared/schemas/order';
import { describeBackends, errorBodyOf } from '../factories/test-server';
import { checkoutBody, productNow, productWithStock } from '../factories/storefront';

describeBackends('manual orders (POST /api/v1/admin/orders)', (server) => {
  it('creates a pending, unpaid order with catalog prices, VAT and reserved stock, named after its creator', async () => {
    const { token } = await server.login('packer');
    const product = await productWithStock(server, 5);
    const { payment: _payment, ...body } = await checkoutBody(server, product);
    const response = await server.api('POST', '/api/v1/admin/orders', {
      token,
      json: { ...body, notes: 'Phone order', tags: ['phone'] },
    });
    expect(response.status).toBe(201);
    const order = response.body as Order;
    expect(order).toMatchObject({
      status: 'pending',
      paymentStatus: 'unpaid',
      channel: 'direct',
      notes: 'Phone order',
      tags: ['phone'],
      vatTreatment: 'domestic',
    });
    expect(order.items[0]?.product.unitPriceNet).toBe(product.priceNet);
    expect(order.totals.gross).toBeGreaterThan(order.totals.net);
    expect(order.events[0]?.message).toBe('Created manually by Pia Packer');
    expect((await productNow(server, product.id)).stock.reserved).toBe(product.stock.reserved + 1);
  });

  it('needs orders.edit, valid input and enough stock, and writes nothing otherwise', async () => {
    const product = await productWithStock(server, 1);
    const { payment: _payment, ...body } = await checkoutBody(server, product);
    const viewer = await server.login('viewer');
    expect(
      (await server.api('POST', '/api/v1/admin/orders', { token: viewer.token, json: body })).status,
    ).toBe(403);
    const { token } = await server.login('manager');
    const bad = await server.api('POST', '/api/v1/admin/orders', { token, json: { ...body, items: [] } });
    expect(bad.status).toBe(400);
    expect(errorBodyOf(bad).issues?.map((issue) => issue.path)).toContain('items');
    const tooMany = await server.api('POST', '/api/v1/admin/orders', {
      token,
      json: { ...body, items: [{ productId: product.id, quantity: 2 }] },
    });
    expect(tooMany.status).toBe(422);
    expect((await productNow(server, product.id)).stock).toEqual(product.stock);
  });
});
