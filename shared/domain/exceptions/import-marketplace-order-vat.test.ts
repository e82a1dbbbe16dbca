import { describe, expect, it } from 'vitest';
import { newId } from '../../ids';
import type { Address } from '../../schemas/common';
import type { FeedOrderInput } from '../../schemas/marketplace-feed';
import type { Product } from '../../schemas/product';
import type { StoreVatContext } from '../vat/decide-order-vat';
import { buildImportedOrder } from './import-marketplace-order';
import { makeFeedOrder, makeProduct, now, storeId } from './test-fixtures';

const germanStore: StoreVatContext = {
  sellerCountry: 'DE',
  ossRegistered: false,
  distanceSalesThresholdExceeded: false,
};
const mug = makeProduct({ gtin: '04006381333931', vatCategory: 'standard' });
const book = makeProduct({
  gtin: '09780306406157',
  sku: 'BOOK-1',
  name: 'Cook book',
  vatCategory: 'reduced',
});

function addressIn(country: string, city: string): Address {
  return { name: 'Buyer', line1: 'Street 1', postalCode: '1000', city, country };
}

function importFor(
  address: Address,
  store: StoreVatContext = germanStore,
  overrides: Partial<FeedOrderInput> = {},
  catalog: Product[] = [mug, book],
) {
  const feed = makeFeedOrder({
    billingAddress: address,
    shippingAddress: address,
    items: [
      { gtin: '4006381333931', title: 'Mug', quantity: 1, unitPrice: 1000, vatRate: 0 },
      { gtin: '9780306406157', title: 'Book', quantity: 1, unitPrice: 2000 },
    ],
    ...overrides,
  });
  return buildImportedOrder(feed, {
    storeId,
    marketplace: 'amazon',
    catalogByGtin: (gtin14) => catalog.find((product) => product.gtin === gtin14),
    mappings: () => undefined,
    productById: (id) => catalog.find((product) => product.id === id),
    number: '2001',
    now,
    newId,
    currency: 'EUR',
    vat: store,
  }).order;
}

const rates = (order: ReturnType<typeof importFor>): number[] =>
  order.items.map((item) => item.product.vatRate);

describe('buildImportedOrder runs the VAT decision tree', () => {
  it('German consumer of a German store: domestic 19 % / 7 % by category, whatever rate the feed sent', () => {
    const order = importFor(addressIn('DE', 'Berlin'));
    expect(order.vatTreatment).toBe('domestic');
    expect(rates(order)).toEqual([19, 7]);
    // 10.00 at 19 % + 20.00 at 7 % + 5.00 shipping at the highest rate (19 %)
    expect(order.totals).toMatchObject({ net: 3500, vat: 190 + 140 + 95, gross: 3925 });
  });

  it('French consumer: OSS destination (French 20 % / 5.5 %) when the store is OSS-registered', () => {
    const order = importFor(addressIn('FR', 'Lyon'), { ...germanStore, ossRegistered: true });
    expect(order.vatTreatment).toBe('oss_destination');
    expect(rates(order)).toEqual([20, 5.5]);
  });

  it('French consumer: OSS destination when the EU distance sales threshold is crossed', () => {
    const order = importFor(addressIn('FR', 'Lyon'), {
      ...germanStore,
      distanceSalesThresholdExceeded: true,
    });
    expect(order.vatTreatment).toBe('oss_destination');
  });

  it('French consumer: origin distance sale (German rates) below the threshold without OSS', () => {
    const order = importFor(addressIn('FR', 'Lyon'));
    expect(order.vatTreatment).toBe('origin_distance_sale');
    expect(rates(order)).toEqual([19, 7]);
  });

  it('Swiss buyer: export at 0 %', () => {
    const order = importFor(addressIn('CH', 'Zürich'));
    expect(order.vatTreatment).toBe('export');
    expect(rates(order)).toEqual([0, 0]);
    expect(order.totals.vat).toBe(0);
  });

  it('Austrian company with a valid VAT number: intra-EU reverse charge at 0 %', () => {
    const order = importFor(addressIn('AT', 'Wien'), germanStore, {
      customer: { name: 'Firma GmbH', email: 'a@firma.example', vatNumber: 'ATU13585627' },
    });
    expect(order.customer.type).toBe('b2b');
    expect(order.vatTreatment).toBe('intra_eu_reverse_charge');
    expect(rates(order)).toEqual([0, 0]);
  });

  it('Austrian company whose VAT number has a wrong check digit: no reverse charge', () => {
    const order = importFor(addressIn('AT', 'Wien'), germanStore, {
      customer: { name: 'Firma GmbH', email: 'a@firma.example', vatNumber: 'ATU13585626' },
    });
    expect(order.vatTreatment).toBe('origin_distance_sale');
    expect(rates(order)).toEqual([19, 7]);
  });

  it('an unmatched item takes its category from the feed rate (7 % → reduced) and the decided rate', () => {
    const order = importFor(
      addressIn('FR', 'Lyon'),
      { ...germanStore, ossRegistered: true },
      {
        items: [{ gtin: '036000291452', title: 'Mystery tea', quantity: 1, unitPrice: 450, vatRate: 7 }],
      },
    );
    expect(order.items[0]?.product).toMatchObject({ vatCategory: 'reduced', vatRate: 5.5 });
    expect(order.openExceptionCount).toBe(1);
  });
});
