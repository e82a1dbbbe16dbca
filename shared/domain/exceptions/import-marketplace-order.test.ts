import { describe, expect, it } from 'vitest';
import { newId } from '../../ids';
import { DomainError } from '../../errors';
import { orderSchema } from '../../schemas/order';
import { orderItemExceptionSchema } from '../../schemas/order-exception';
import type { Product } from '../../schemas/product';
import { buildImportedOrder } from './import-marketplace-order';
import type { ImportOrderOptions } from './import-marketplace-order';
import { makeFeedOrder, makeProduct, now, storeId } from './test-fixtures';

function options(catalog: Product[], overrides: Partial<ImportOrderOptions> = {}): ImportOrderOptions {
  return {
    storeId,
    marketplace: 'amazon',
    catalogByGtin: (gtin14) => catalog.find((product) => product.gtin === gtin14),
    mappings: () => undefined,
    productById: (id) => catalog.find((product) => product.id === id),
    number: '1042',
    now,
    newId,
    currency: 'EUR',
    vat: { sellerCountry: 'DE', ossRegistered: false, distanceSalesThresholdExceeded: false },
    ...overrides,
  };
}

function catchError(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('buildImportedOrder', () => {
  it('matches by normalised GTIN, keeps unmatched items with their marketplace snapshot and opens exceptions', () => {
    const mug = makeProduct();
    const { order, exceptions, effects } = buildImportedOrder(makeFeedOrder(), options([mug]));
    expect(orderSchema.parse(order)).toEqual(order);
    const [matched, unmatched] = order.items;
    expect(matched?.productId).toBe(mug.id);
    expect(matched?.product).toEqual({
      name: 'Blue mug',
      gtin: '04006381333931',
      sku: 'MUG-BLUE',
      unitPriceNet: 1200,
      vatRate: 19,
      vatCategory: 'standard',
    });
    expect(unmatched?.productId).toBeNull();
    expect(unmatched?.product).toEqual({
      name: 'Mystery tea',
      gtin: '00036000291452',
      unitPriceNet: 450,
      vatRate: 7,
      vatCategory: 'reduced',
    });
    expect(order.openExceptionCount).toBe(1);
    expect(exceptions).toHaveLength(1);
    const [exception] = exceptions;
    expect(orderItemExceptionSchema.parse(exception)).toEqual(exception);
    expect(exception).toMatchObject({
      orderId: order.id,
      orderItemId: unmatched?.id,
      orderNumber: '1042',
      marketplace: 'amazon',
      externalOrderId: 'AMZ-1001',
      gtin: '00036000291452',
      title: 'Mystery tea',
      unitPrice: 450,
      quantity: 3,
      currency: 'EUR',
      status: 'open',
      resolution: null,
    });
    expect(effects).toEqual([{ kind: 'stock.reserve', lines: [{ productId: mug.id, quantity: 2 }] }]);
  });

  it('computes totals over every item (matched or not) plus shipping', () => {
    const { order } = buildImportedOrder(makeFeedOrder(), options([makeProduct()]));
    // 2400 @19 % + 1350 @7 % + 500 shipping @19 %: VAT 551 + 94.5 → 95 (half away from zero)
    expect(order.totals).toEqual({
      net: 4250,
      vat: 646,
      gross: 4896,
      byRate: [
        { rate: 19, net: 2900, vat: 551 },
        { rate: 7, net: 1350, vat: 95 },
      ],
    });
  });

  it('sets the marketplace order fields', () => {
    const { order } = buildImportedOrder(
      makeFeedOrder({ currency: 'GBP', createdAt: '2026-02-28T09:00:00+01:00' }),
      options([]),
    );
    expect(order).toMatchObject({
      channel: 'marketplace',
      marketplace: 'amazon',
      externalId: 'AMZ-1001',
      number: '1042',
      currency: 'GBP',
      status: 'confirmed',
      paymentStatus: 'paid',
      fulfillmentStatus: 'unfulfilled',
      openExceptionCount: 2,
      createdAt: '2026-02-28T08:00:00.000Z',
      updatedAt: now,
      customer: { type: 'b2c', email: 'anna@example.com' },
    });
    expect(order.events.map((event) => event.type)).toEqual(['imported']);
    expect(order.events[0]?.message).toContain('2 items not in the catalog');
  });

  it('prefers a remembered mapping over the catalog, and falls back when the mapped product is gone', () => {
    const catalogMug = makeProduct();
    const mappedMug = makeProduct({ gtin: undefined, name: 'Mapped mug', sku: 'MUG-MAP' });
    const mapped = buildImportedOrder(
      makeFeedOrder(),
      options([catalogMug, mappedMug], {
        mappings: (gtin14) => (gtin14 === '04006381333931' ? mappedMug.id : undefined),
      }),
    );
    expect(mapped.order.items[0]?.productId).toBe(mappedMug.id);
    expect(mapped.order.items[0]?.product.gtin).toBe('04006381333931');
    const stale = buildImportedOrder(makeFeedOrder(), options([catalogMug], { mappings: () => newId() }));
    expect(stale.order.items[0]?.productId).toBe(catalogMug.id);
  });

  it('matches the GTIN-12 spelling of a product stored from its GTIN-13 form', () => {
    const tea = makeProduct({ gtin: '00036000291452', name: 'Tea' });
    const { order, exceptions } = buildImportedOrder(makeFeedOrder(), options([tea]));
    expect(order.items[1]?.productId).toBe(tea.id);
    expect(exceptions).toHaveLength(1);
  });

  it('uses vatRateFor for matched products and reserves the sum per product', () => {
    const mug = makeProduct();
    const feed = makeFeedOrder({
      items: [
        { gtin: '4006381333931', title: 'Mug', quantity: 2, unitPrice: 1200 },
        { gtin: '04006381333931', title: 'Mug again', quantity: 1, unitPrice: 1200 },
      ],
    });
    const { order, effects, exceptions } = buildImportedOrder(feed, options([mug]));
    expect(order.items.map((item) => item.product.vatRate)).toEqual([19, 19]);
    expect(order.openExceptionCount).toBe(0);
    expect(exceptions).toEqual([]);
    expect(effects).toEqual([{ kind: 'stock.reserve', lines: [{ productId: mug.id, quantity: 3 }] }]);
  });

  it('rejects an invalid order as a whole with paths under orders.<index>', () => {
    const feed = makeFeedOrder({
      items: [
        { gtin: '4006381333931', title: 'Mug', quantity: 0, unitPrice: 1200 },
        { gtin: '4006381333932', title: 'Mug', quantity: 1, unitPrice: 1200 },
      ],
    });
    const error = catchError(() => buildImportedOrder(feed, options([], { index: 3 })));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toContain('AMZ-1001');
    expect(error.issues?.map((issue) => issue.path)).toEqual([
      'orders.3.items.0.quantity',
      'orders.3.items.1.gtin',
    ]);
  });

  it('rejects input that is not an order at all', () => {
    const error = catchError(() => buildImportedOrder('nope', options([], { index: 1 })));
    expect(error.issues).toEqual([expect.objectContaining({ path: 'orders.1' })]);
  });
});
