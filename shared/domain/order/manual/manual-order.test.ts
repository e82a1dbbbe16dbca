import { describe, expect, it } from 'vitest';
import type { Product } from '../../../schemas/product';
import type { ShippingMethod } from '../../../schemas/shipping-method';
import { makeCommandContext } from '../commands/command-test-context';
import { makeTestOrder } from '../order-test-fixtures';
import { runOrderCommand } from '../run-order-command';
import { runCreateManualOrder } from './build-manual-order';
import { editOrderItems, itemStockEffects } from './edit-order-items';
import { itemEditLock } from './item-edit-lock';
import { testCatalogProduct, testGermanSeller } from './test-seller';
import type { CreateManualOrderPayload, OrderPricingContext } from './manual-order-schemas';

const storeId = '0190a000-0000-7000-8000-000000000001';
const orderId = '0190a000-0000-7000-8000-0000000000dd';

function product(n: number, overrides: Partial<Product> = {}): Product {
  return testCatalogProduct(storeId, n, { vatCategory: n === 3 ? 'reduced' : 'standard', ...overrides });
}

const method: ShippingMethod = {
  id: '0190a000-0000-7000-8000-0000000000e1',
  storeId,
  name: 'DHL',
  carrier: 'DHL',
  countries: ['DE', 'AT', 'CH'],
  priceRule: { kind: 'flat', amount: 500 },
  trackingUrlTemplate: '',
  active: true,
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function context(overrides: Partial<OrderPricingContext> = {}): OrderPricingContext {
  return {
    seller: testGermanSeller(storeId),
    products: [product(2), product(3)],
    shippingMethod: method,
    number: null,
    invoiced: false,
    ...overrides,
  };
}

const address = {
  name: 'Jörg Müller',
  line1: 'Main Street 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
};

function createPayload(overrides: Partial<CreateManualOrderPayload> = {}): CreateManualOrderPayload {
  return {
    draft: false,
    customerId: null,
    customer: { name: 'Jörg Müller', email: 'jorg@example.com', type: 'b2c' },
    billingAddress: address,
    shippingAddress: address,
    shippingMethodId: method.id,
    items: [
      { productId: product(2).id, quantity: 2 },
      { productId: product(3).id, quantity: 1 },
    ],
    notes: 'Call before delivery',
    tags: ['phone'],
    context: context(),
    ...overrides,
  };
}

describe('order.create_manual', () => {
  it('prices from the catalog with VAT per rate and shipping at the highest rate, and reserves stock', () => {
    const { order, effects } = runCreateManualOrder({
      orderId,
      payload: createPayload(),
      ctx: makeCommandContext(),
    });
    // 2 × 20.00 at 19 %, 1 × 30.00 at 7 %, shipping 5.00 at 19 %
    expect(order.totals).toEqual({
      net: 7500,
      vat: 855 + 210,
      gross: 7500 + 1065,
      byRate: [
        { rate: 19, net: 4500, vat: 855 },
        { rate: 7, net: 3000, vat: 210 },
      ],
    });
    expect(order).toMatchObject({
      id: orderId,
      status: 'pending',
      paymentStatus: 'unpaid',
      number: 'D-000000DD',
    });
    expect(order.draft).toBeUndefined();
    expect(effects).toEqual([
      {
        kind: 'stock.reserve',
        lines: [
          { productId: product(2).id, quantity: 2 },
          { productId: product(3).id, quantity: 1 },
        ],
      },
    ]);
    expect(order.events.map((event) => event.type)).toEqual(['created']);
  });

  it('takes the server’s number, and gives the same item ids on device and server', () => {
    const device = runCreateManualOrder({ orderId, payload: createPayload(), ctx: makeCommandContext() });
    const server = runCreateManualOrder({
      orderId,
      payload: createPayload({ context: context({ number: '1042' }) }),
      ctx: makeCommandContext(),
    });
    expect(server.order.number).toBe('1042');
    expect(server.order.items.map((item) => item.id)).toEqual(device.order.items.map((item) => item.id));
  });

  it('a draft reserves nothing and may exceed the stock', () => {
    const { order, effects } = runCreateManualOrder({
      orderId,
      payload: createPayload({ draft: true, items: [{ productId: product(2).id, quantity: 50 }] }),
      ctx: makeCommandContext(),
    });
    expect(order.draft).toBe(true);
    expect(effects).toEqual([]);
  });

  it('refuses more than is available, an unserved country and a missing permission', () => {
    const tooMany = createPayload({ items: [{ productId: product(2).id, quantity: 11 }] });
    expect(() => runCreateManualOrder({ orderId, payload: tooMany, ctx: makeCommandContext() })).toThrow(
      expect.objectContaining({
        code: 'BUSINESS_RULE',
        details: expect.objectContaining({ reason: 'not_enough_stock' }) as unknown,
      }),
    );
    const france = createPayload({ shippingAddress: { ...address, country: 'FR' } });
    expect(() => runCreateManualOrder({ orderId, payload: france, ctx: makeCommandContext() })).toThrow(
      expect.objectContaining({ code: 'BUSINESS_RULE' }),
    );
    expect(() =>
      runCreateManualOrder({ orderId, payload: createPayload(), ctx: makeCommandContext(['orders.view']) }),
    ).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('an export to Switzerland is VAT-free', () => {
    const { order } = runCreateManualOrder({
      orderId,
      payload: createPayload({ shippingAddress: { ...address, country: 'CH' } }),
      ctx: makeCommandContext(),
    });
    expect(order.vatTreatment).toBe('export');
    expect(order.totals.vat).toBe(0);
  });
});

describe('order.edit_items', () => {
  const base = makeTestOrder(1, { status: 'pending', paymentStatus: 'unpaid' });
  const [first] = base.items;
  if (!first) throw new Error('fixture');

  it('changes a quantity, adds a product, and recomputes totals and stock', () => {
    const { order, effects } = editOrderItems(
      base,
      {
        items: [
          { itemId: first.id, quantity: 1 },
          { productId: product(3).id, quantity: 2 },
        ],
        context: context(),
      },
      { commandId: '0190a000-0000-7000-8000-0000000000cc' },
    );
    expect(order.items.map((item) => [item.product.name, item.quantity, item.lineNet])).toEqual([
      ['Tent “Ålpine”', 1, 10050],
      ['Product 3', 2, 6000],
    ]);
    // 100.50 + shipping 4.95 at 19 %, 60.00 at 7 %
    expect(order.totals.byRate).toEqual([
      { rate: 19, net: 10545, vat: 2004 },
      { rate: 7, net: 6000, vat: 420 },
    ]);
    expect(order.totals.gross).toBe(10545 + 2004 + 6000 + 420);
    expect(effects).toEqual([
      { kind: 'stock.release', lines: [{ productId: first.productId, quantity: 1 }] },
      { kind: 'stock.reserve', lines: [{ productId: product(3).id, quantity: 2 }] },
    ]);
  });

  it('removing an item releases its stock; a draft moves no stock', () => {
    const withTwo = editOrderItems(
      base,
      {
        items: [
          { itemId: first.id, quantity: 2 },
          { productId: product(2).id, quantity: 1 },
        ],
        context: context(),
      },
      { commandId: '0190a000-0000-7000-8000-0000000000cc' },
    ).order;
    const [, added] = withTwo.items;
    if (!added) throw new Error('added');
    expect(itemStockEffects(withTwo.items, [first])).toEqual([
      { kind: 'stock.release', lines: [{ productId: product(2).id, quantity: 1 }] },
    ]);
    const draft = editOrderItems(
      { ...base, draft: true },
      { items: [{ itemId: first.id, quantity: 9 }], context: context() },
      { commandId: '0190a000-0000-7000-8000-0000000000cc' },
    );
    expect(draft.effects).toEqual([]);
  });

  it('is locked once shipped, invoiced, refunded or cancelled, with the reason', () => {
    const shipped = { ...base, items: [{ ...first, quantityShipped: 1 }] };
    expect(itemEditLock(shipped, false)).toBe('shipped');
    expect(itemEditLock(base, true)).toBe('invoiced');
    expect(itemEditLock({ ...base, status: 'cancelled' }, false)).toBe('cancelled');
    expect(itemEditLock(base, false)).toBeUndefined();
    expect(() =>
      runOrderCommand({
        order: base,
        type: 'order.edit_items',
        payload: { items: [{ itemId: first.id, quantity: 1 }], context: context({ invoiced: true }) },
        ctx: makeCommandContext(),
      }),
    ).toThrow(
      expect.objectContaining({ code: 'CONFLICT', details: { reason: 'items_locked', lock: 'invoiced' } }),
    );
  });
});

describe('drafts', () => {
  const draft = runCreateManualOrder({
    orderId,
    payload: createPayload({ draft: true }),
    ctx: makeCommandContext(),
  }).order;

  it('refuse shipping and status changes until confirmed', () => {
    expect(() =>
      runOrderCommand({
        order: draft,
        type: 'order.set_status',
        payload: { status: 'confirmed' },
        ctx: makeCommandContext(),
      }),
    ).toThrow(expect.objectContaining({ code: 'CONFLICT', details: { reason: 'draft' } }));
  });

  it('confirming takes the final number and reserves the stock', () => {
    const { order, effects } = runOrderCommand({
      order: draft,
      type: 'order.confirm_draft',
      payload: { context: context({ number: '1043' }) },
      ctx: makeCommandContext(),
    });
    expect(order.number).toBe('1043');
    expect(order.draft).toBeUndefined();
    expect(effects).toEqual([
      {
        kind: 'stock.reserve',
        lines: [
          { productId: product(2).id, quantity: 2 },
          { productId: product(3).id, quantity: 1 },
        ],
      },
    ]);
  });

  it('cancelling a draft releases nothing', () => {
    const { effects } = runOrderCommand({
      order: draft,
      type: 'order.cancel',
      payload: { reason: 'Customer changed their mind' },
      ctx: makeCommandContext(['orders.cancel']),
    });
    expect(effects).toEqual([]);
  });
});
