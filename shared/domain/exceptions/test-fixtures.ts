import { newId } from '../../ids';
import type { Product } from '../../schemas/product';
import type { FeedOrderInput } from '../../schemas/marketplace-feed';
import type { Actor } from '../order/permissions';
import type { ExceptionContext } from './exception-commands';
import type { Order } from '../../schemas/order';
import type { OrderItemException } from '../../schemas/order-exception';
import { buildImportedOrder } from './import-marketplace-order';

/** Shared fixtures for the exception tests (not imported by production code). */
export const storeId = '0190a000-0000-7000-8000-000000000001';
export const now = '2026-03-01T10:00:00.000Z';

export const actor: Actor = {
  id: '0190a000-0000-7000-8000-0000000000aa',
  name: 'Wanda Warehouse',
  permissions: ['orders.view', 'orders.edit'],
  isAdmin: false,
};

/** A catalog product with sensible defaults. */
export function makeProduct(overrides: Partial<Product> = {}): Product {
  return {
    id: newId(),
    storeId,
    gtin: '04006381333931',
    sku: 'MUG-BLUE',
    name: 'Blue mug',
    priceNet: 999,
    vatCategory: 'standard',
    weightGrams: 300,
    stock: { onHand: 10, reserved: 0, available: 10 },
    version: 1,
    updatedAt: now,
    ...overrides,
  };
}

const address = {
  name: 'Anna Buyer',
  line1: 'Main St 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
};

/** A feed order with two items (GTIN-13 of the blue mug and an unknown UPC-A). */
export function makeFeedOrder(overrides: Partial<FeedOrderInput> = {}): FeedOrderInput {
  return {
    externalId: 'AMZ-1001',
    customer: { email: 'anna@example.com', name: 'Anna Buyer' },
    billingAddress: address,
    shippingAddress: address,
    shippingCost: 500,
    items: [
      { gtin: '4006381333931', title: 'Mug (marketplace title)', quantity: 2, unitPrice: 1200, vatRate: 19 },
      { gtin: '036000291452', title: 'Mystery tea', quantity: 3, unitPrice: 450, vatRate: 7 },
    ],
    ...overrides,
  };
}

/** A context as the exception functions receive it. */
export function makeContext(overrides: Partial<ExceptionContext> = {}): ExceptionContext {
  return {
    actor,
    deviceId: 'ws-1',
    commandId: newId(),
    now: '2026-03-02T09:00:00.000Z',
    newId,
    ...overrides,
  };
}

/**
 * A marketplace order imported from `makeFeedOrder` with the mug in the catalog: its tea item is
 * unmatched, so it has exactly one open exception.
 */
export function makeImportedOrder(
  number = '1042',
  feed: Partial<FeedOrderInput> = {},
  mug: Product = makeProduct(),
): { order: Order; exception: OrderItemException } {
  const result = buildImportedOrder(makeFeedOrder(feed), {
    storeId,
    marketplace: 'amazon',
    number,
    now,
    newId,
    currency: 'EUR',
    vat: { sellerCountry: 'DE', ossRegistered: false, distanceSalesThresholdExceeded: false },
    catalogByGtin: (gtin14) => (gtin14 === mug.gtin ? mug : undefined),
    mappings: () => undefined,
    productById: () => undefined,
  });
  const [exception] = result.exceptions;
  if (!exception) throw new Error('fixture has one unmatched item');
  return { order: result.order, exception };
}
