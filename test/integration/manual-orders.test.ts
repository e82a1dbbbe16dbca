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

  it('keeps a draft unnumbered until POST /orders/{id}/confirm, and PUT /orders/{id}/items re-counts it', async () => {
    const { token } = await server.login('manager');
    const product = await productWithStock(server, 5, 5);
    const { payment: _payment, ...body } = await checkoutBody(server, product);
    const created = await server.api('POST', '/api/v1/admin/orders', {
      token,
      json: { ...body, draft: true },
    });
    expect(created.status).toBe(201);
    const draft = created.body as Order;
    expect(draft.number).toMatch(/^D-/);
    expect((await productNow(server, product.id)).stock.reserved).toBe(product.stock.reserved);
    const [item] = draft.items;
    const recounted = await server.api('PUT', `/api/v1/admin/orders/${draft.id}/items`, {
      token,
      json: { items: [{ itemId: item?.id, quantity: 3 }] },
    });
    expect(recounted.status).toBe(200);
    expect((recounted.body as Order).items[0]?.quantity).toBe(3);
    const confirmed = await server.api('POST', `/api/v1/admin/orders/${draft.id}/confirm`, {
      token,
      json: {},
    });
    expect(confirmed.status).toBe(200);
    expect((confirmed.body as Order).number).toMatch(/^\d+$/);
    expect((await productNow(server, product.id)).stock.reserved).toBe(product.stock.reserved + 3);
    const again = await server.api('POST', `/api/v1/admin/orders/${draft.id}/confirm`, { token, json: {} });
    expect(again.status).toBe(409);
    expect(errorBodyOf(again).details).toMatchObject({ reason: 'not_draft' });
  });
});
