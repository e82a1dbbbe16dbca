import { describe, expect, it } from 'vitest';
import { newId } from '../../ids';
import type { Order } from '../../schemas/order';
import type { OrderItemException } from '../../schemas/order-exception';
import type { FeedOrderInput } from '../../schemas/marketplace-feed';
import { buildImportedOrder } from './import-marketplace-order';
import { autoResolveForProduct, bulkResolveByGtin } from './bulk-resolve-exceptions';
import { ignoreException } from './exception-commands';
import { actor, makeContext, makeFeedOrder, makeProduct, now, storeId } from './test-fixtures';

const teaItem = { gtin: '036000291452', title: 'Mystery tea', quantity: 1, unitPrice: 450 };
const otherItem = { gtin: '96385074', title: 'Pen', quantity: 1, unitPrice: 100 };

function importAll(feeds: { marketplace: string; order: FeedOrderInput }[]) {
  const orders = new Map<string, Order>();
  const exceptions: OrderItemException[] = [];
  feeds.forEach(({ marketplace, order }, index) => {
    const result = buildImportedOrder(order, {
      storeId,
      marketplace,
      number: String(1000 + index),
      now,
      newId,
      currency: 'EUR',
      vat: { sellerCountry: 'DE', ossRegistered: false, distanceSalesThresholdExceeded: false },
      catalogByGtin: () => undefined,
      mappings: () => undefined,
      productById: () => undefined,
    });
    orders.set(result.order.id, result.order);
    exceptions.push(...result.exceptions);
  });
  return { orders, exceptions, lookup: (id: string) => orders.get(id) };
}

function fixture() {
  return importAll([
    {
      marketplace: 'amazon',
      order: makeFeedOrder({ externalId: 'A', items: [teaItem, teaItem, otherItem] }),
    },
    { marketplace: 'ebay', order: makeFeedOrder({ externalId: 'B', items: [teaItem] }) },
    { marketplace: 'amazon', order: makeFeedOrder({ externalId: 'C', items: [otherItem] }) },
  ]);
}

const tea = makeProduct({ gtin: '00036000291452', name: 'Earl Grey', sku: 'TEA' });

describe('bulkResolveByGtin', () => {
  it('resolves every open exception with the GTIN, in any spelling, across orders', () => {
    const { exceptions, lookup } = fixture();
    const result = bulkResolveByGtin(
      exceptions,
      lookup,
      '0036000291452',
      tea,
      { remember: false },
      makeContext(),
    );
    expect(result.failed).toEqual([]);
    expect(result.exceptions).toHaveLength(3);
    expect(
      result.exceptions.every((entry) => entry.status === 'resolved' && entry.resolution?.kind === 'bulk'),
    ).toBe(true);
    expect(result.orders).toHaveLength(2);
    const [orderA, orderB] = result.orders;
    expect(orderA?.openExceptionCount).toBe(1);
    expect(orderA?.items.filter((item) => item.productId === tea.id)).toHaveLength(2);
    expect(orderA?.events.filter((event) => event.type === 'exception_resolved')).toHaveLength(2);
    expect(orderB?.openExceptionCount).toBe(0);
    expect(result.effects).toHaveLength(3);
    expect(result.mappings).toEqual([]);
  });

  it('remembers one mapping per marketplace involved', () => {
    const { exceptions, lookup } = fixture();
    const result = bulkResolveByGtin(
      exceptions,
      lookup,
      '036000291452',
      tea,
      { remember: true },
      makeContext(),
    );
    expect(result.mappings).toEqual([
      { storeId, marketplace: 'amazon', gtin: '00036000291452', productId: tea.id, createdBy: actor.id },
      { storeId, marketplace: 'ebay', gtin: '00036000291452', productId: tea.id, createdBy: actor.id },
    ]);
    expect(result.exceptions.every((entry) => entry.resolution?.remembered === true)).toBe(true);
  });

  it('skips closed exceptions and reports a missing order without stopping', () => {
    const { exceptions, orders, lookup } = fixture();
    const [first, , onB] = exceptions.filter((entry) => entry.gtin === '00036000291452');
    if (!first || !onB) throw new Error('fixture');
    const order = orders.get(first.orderId);
    if (!order) throw new Error('fixture');
    const ignored = ignoreException(order, first, { reason: 'no' }, makeContext());
    orders.set(order.id, ignored.order);
    const list = exceptions.map((entry) => (entry.id === first.id ? ignored.exception : entry));
    const result = bulkResolveByGtin(
      list,
      (id) => (id === onB.orderId ? undefined : lookup(id)),
      '036000291452',
      tea,
      { remember: false },
      makeContext(),
    );
    expect(result.exceptions).toHaveLength(1);
    expect(result.failed).toEqual([
      { exceptionId: onB.id, orderId: onB.orderId, code: 'NOT_FOUND', message: 'Order not found' },
    ]);
  });

  it('throws BAD_INPUT for an invalid GTIN', () => {
    const { exceptions, lookup } = fixture();
    expect(() =>
      bulkResolveByGtin(exceptions, lookup, '123', tea, { remember: false }, makeContext()),
    ).toThrow('Invalid GTIN');
  });
});

describe('autoResolveForProduct', () => {
  it('resolves open exceptions of the new product GTIN as automatic, with no user', () => {
    const { exceptions, lookup } = fixture();
    const { actor: _unused, ...ctx } = makeContext();
    const result = autoResolveForProduct(tea, exceptions, lookup, ctx);
    expect(result.exceptions).toHaveLength(3);
    for (const entry of result.exceptions) {
      expect(entry.resolution).toMatchObject({ kind: 'automatic', productId: tea.id });
      expect(entry.resolution?.by).toBeUndefined();
    }
    expect(result.orders[0]?.events.at(-1)?.userId).toBeNull();
    expect(result.orders[0]?.events.at(-1)?.message).toContain('automatically');
    expect(result.mappings).toEqual([]);
  });

  it('does nothing for a product without GTIN or of another store', () => {
    const { exceptions, lookup } = fixture();
    const { actor: _unused, ...ctx } = makeContext();
    expect(
      autoResolveForProduct(makeProduct({ gtin: undefined }), exceptions, lookup, ctx).exceptions,
    ).toEqual([]);
    const foreign = makeProduct({ gtin: '00036000291452', storeId: newId() });
    expect(autoResolveForProduct(foreign, exceptions, lookup, ctx).exceptions).toEqual([]);
  });
});
