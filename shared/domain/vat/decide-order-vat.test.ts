import { describe, expect, it } from 'vitest';
import { makeItem, makeOrder } from '../invoicing/invoice-test-fixtures';
import {
  categoryOfFeedRate,
  decideOrderVat,
  redecideOrderVat,
  type StoreVatContext,
} from './decide-order-vat';

const germanStore: StoreVatContext = {
  sellerCountry: 'DE',
  ossRegistered: true,
  distanceSalesThresholdExceeded: false,
};
const zurich = { name: 'Anna', line1: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' };
const berlin = { name: 'Anna', line1: 'Torstraße 1', postalCode: '10119', city: 'Berlin', country: 'DE' };

describe('decideOrderVat / redecideOrderVat', () => {
  const order = makeOrder({
    vatTreatment: 'domestic',
    shippingAddress: berlin,
    billingAddress: berlin,
    items: [makeItem(1, 'Lamp', 1000, 2, 19)],
    shippingCost: 500,
  });

  it('reprices a DE order moved to Switzerland as an export at 0 %', () => {
    const { order: moved, note } = redecideOrderVat({ ...order, shippingAddress: zurich }, germanStore);
    expect(moved.vatTreatment).toBe('export');
    expect(moved.items[0]?.product.vatRate).toBe(0);
    expect(moved.totals).toMatchObject({ net: 2500, vat: 0, gross: 2500 });
    expect(note).toContain('domestic → export');
  });

  it('leaves an order whose decision does not change untouched', () => {
    const { order: same, note } = redecideOrderVat(
      { ...order, items: decideOrderVat(order, germanStore).items },
      germanStore,
    );
    expect(note).toBeNull();
    expect(same.items[0]?.product.vatRate).toBe(19);
  });

  it('moves a consumer to France at French OSS rates', () => {
    const lyon = { ...berlin, city: 'Lyon', postalCode: '69001', country: 'FR' };
    const vat = decideOrderVat({ ...order, shippingAddress: lyon }, germanStore);
    expect(vat.vatTreatment).toBe('oss_destination');
    expect(vat.items[0]?.product.vatRate).toBe(20);
    expect(vat.totals.vat).toBe(500); // (2000 + 500 shipping) × 20 %
  });

  it('guesses an unmatched item’s category from the feed rate', () => {
    expect(categoryOfFeedRate(undefined, ['DE'])).toBe('standard');
    expect(categoryOfFeedRate(0, ['DE'])).toBe('zero');
    expect(categoryOfFeedRate(7, ['DE', 'FR'])).toBe('reduced');
    expect(categoryOfFeedRate(2.1, ['DE', 'FR'])).toBe('super_reduced');
    expect(categoryOfFeedRate(19, ['DE'])).toBe('standard');
  });
});
