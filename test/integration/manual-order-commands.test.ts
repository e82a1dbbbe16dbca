import { expect, it } from 'vitest';
import type { Product } from '../../shared/schemas/product';
import type { OrderPricingContext } from '../../shared/domain/order/manual/manual-order-schemas';
import { newId } from '../../shared/ids';
import { describeBackends } from '../factories/test-server';
import { buildCommand, claimOrder, fetchOrder, push } from '../factories/orders';
import { checkoutBody, productNow, productWithStock } from '../factories/storefront';

describeBackends('manual orders and item edits as commands (sync.push)', (server) => {
  /** What a device would send: its own (here: tampered) idea of prices; the server replaces it. */
  function deviceContext(product: Product): OrderPricingContext {
    return {
      seller: {
        storeId: product.storeId,
        country: 'DE',
        currency: 'EUR',
        ossRegistered: false,
        distanceSalesThresholdExceeded: false,
        pricesIncludeVat: false,
      },
      products: [{ ...product, priceNet: 1 }],
      shippingMethod: null,
      number: null,
      invoiced: false,
    };
  }

  async function createPayload(
    product: Product,
    draft: boolean,
    quantity = 2,
  ): Promise<Record<string, unknown>> {
    const { payment: _payment, ...body } = await checkoutBody(server, product);
    return {
      ...body,
      items: [{ productId: product.id, quantity }],
      draft,
      customerId: null,
      notes: 'Phone order',
      tags: ['phone'],
      context: deviceContext(product),
    };
  }

  it('creates an order with the server’s prices, number and stock, once however often it is pushed', async () => {
    const { token, user } = await server.login('manager');
    const product = await productWithStock(server, 5);
    const orderId = newId();
    const command = buildCommand(user, 'order.create_manual', orderId, await createPayload(product, false));
    const [first] = await push(server.trpc(token), [command]);
    const [again] = await push(server.trpc(token), [command]);
    expect(first).toMatchObject({ status: 'applied' });
    expect(again).toEqual(first);
    const order = await fetchOrder(server, token, orderId);
    expect(order.number).toMatch(/^\d+$/);
    expect(order.draft).toBeUndefined();
    expect(order.items[0]?.product.unitPriceNet).toBe(product.priceNet);
    expect(order).toMatchObject({ status: 'pending', paymentStatus: 'unpaid', notes: 'Phone order' });
    expect((await productNow(server, product.id)).stock.reserved).toBe(product.stock.reserved + 2);
  });

  it('keeps a draft unnumbered and unreserved until it is confirmed', async () => {
    const { token, user } = await server.login('manager');
    const product = await productWithStock(server, 5, 1);
    const orderId = newId();
    await push(server.trpc(token), [
      buildCommand(user, 'order.create_manual', orderId, await createPayload(product, true, 3)),
    ]);
    const draft = await fetchOrder(server, token, orderId);
    expect(draft).toMatchObject({ draft: true, number: expect.stringMatching(/^D-/) as unknown });
    expect((await productNow(server, product.id)).stock.reserved).toBe(product.stock.reserved);
    const [shipTooEarly] = await push(server.trpc(token), [
      buildCommand(user, 'order.set_status', orderId, { status: 'confirmed' }),
    ]);
    expect(shipTooEarly).toMatchObject({
      status: 'rejected',
      error: { code: 'CONFLICT', details: { reason: 'draft' } },
    });
    const [confirmed] = await push(server.trpc(token), [
      buildCommand(user, 'order.confirm_draft', orderId, { context: deviceContext(product) }),
    ]);
    expect(confirmed).toMatchObject({ status: 'applied' });
    const placed = await fetchOrder(server, token, orderId);
    expect(placed.number).toMatch(/^\d+$/);
    expect(placed.draft).toBeUndefined();
    expect((await productNow(server, product.id)).stock.reserved).toBe(product.stock.reserved + 3);
  });

  it('counts a draft in its customer’s statistics only once it is placed', async () => {
    const { token, user } = await server.login('manager');
    const product = await productWithStock(server, 5, 4);
    const customerId = (await claimOrder(server, ['processing', 'confirmed'], (o) => o.customerId !== null))
      .customerId;
    const statsNow = async (): Promise<{ orderCount: number }> => {
      const response = await server.api('GET', `/api/v1/admin/customers/${customerId ?? ''}/stats`, {
        token,
      });
      expect(response.status).toBe(200);
      return response.body as { orderCount: number };
    };
    const before = await statsNow();
    const orderId = newId();
    await push(server.trpc(token), [
      buildCommand(user, 'order.create_manual', orderId, {
        ...(await createPayload(product, true, 1)),
        customerId,
      }),
    ]);
    expect((await statsNow()).orderCount).toBe(before.orderCount);
    const [confirmed] = await push(server.trpc(token), [
      buildCommand(user, 'order.confirm_draft', orderId, { context: deviceContext(product) }),
    ]);
    expect(confirmed).toMatchObject({ status: 'applied' });
    expect((await statsNow()).orderCount).toBe(before.orderCount + 1);
  });

  it('edits the items of an unshipped order: totals and stock follow', async () => {
    const { token, user } = await server.login('manager');
    const product = await productWithStock(server, 5, 2);
    const other = await productWithStock(server, 5, 3);
    const orderId = newId();
    await push(server.trpc(token), [
      buildCommand(user, 'order.create_manual', orderId, await createPayload(product, false, 2)),
    ]);
    const before = await fetchOrder(server, token, orderId);
    const [item] = before.items;
    const [edited] = await push(server.trpc(token), [
      buildCommand(user, 'order.edit_items', orderId, {
        items: [
          { itemId: item?.id, quantity: 1 },
          { productId: other.id, quantity: 4 },
        ],
        context: deviceContext(other),
      }),
    ]);
    expect(edited).toMatchObject({ status: 'applied' });
    const after = await fetchOrder(server, token, orderId);
    expect(after.items.map((line) => line.quantity)).toEqual([1, 4]);
    expect(after.items[1]?.product.unitPriceNet).toBe(other.priceNet);
    expect(after.totals.net).toBe(before.totals.net - product.priceNet + 4 * other.priceNet);
    expect((await productNow(server, product.id)).stock.reserved).toBe(product.stock.reserved + 1);
    expect((await productNow(server, other.id)).stock.reserved).toBe(other.stock.reserved + 4);
    const [tooMany] = await push(server.trpc(token), [
      buildCommand(user, 'order.edit_items', orderId, {
        items: [{ productId: other.id, quantity: 50 }],
        context: deviceContext(other),
      }),
    ]);
    expect(tooMany).toMatchObject({ status: 'rejected', error: { code: 'BUSINESS_RULE' } });
  });

  it('refuses item edits of a shipped order and manual orders without orders.edit', async () => {
    const { token, user } = await server.login('manager');
    const shipped = await claimOrder(server, ['shipped', 'partially_shipped']);
    const [locked] = await push(server.trpc(token), [
      buildCommand(user, 'order.edit_items', shipped.id, {
        items: shipped.items.map((item) => ({ itemId: item.id, quantity: item.quantity })),
        context: { ...deviceContext(await productWithStock(server, 1, 4)), invoiced: false },
      }),
    ]);
    expect(locked).toMatchObject({
      status: 'rejected',
      error: { code: 'CONFLICT', details: { reason: 'items_locked', lock: 'shipped' } },
    });
    const viewer = await server.login('viewer');
    const product = await productWithStock(server, 5, 4);
    const [refused] = await push(server.trpc(viewer.token), [
      buildCommand(viewer.user, 'order.create_manual', newId(), await createPayload(product, false)),
    ]);
    expect(refused).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN' } });
    expect((await productNow(server, product.id)).stock).toEqual(product.stock);
  });
});
