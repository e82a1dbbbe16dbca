import { describe, expect, it } from 'vitest';
import { vatRateFor } from '../../shared/domain/vat/eu-vat-rates';
import { isEuCountry } from '../../shared/domain/vat/is-eu-country';
import { demoProducts, demoShippingMethods, demoStore } from './demo-catalog';
import { demoCustomers, demoOrder } from './demo-orders';
import { seededRandom } from './random';

describe('demo orders follow the VAT decision tree of the OSS-registered demo store', () => {
  const rand = seededRandom(7);
  const now = '2026-03-01T10:00:00.000Z';
  const store = demoStore(rand);
  const products = demoProducts(rand, store.id, now);
  const customers = demoCustomers(rand, store.id, 80, now);
  const shippingMethods = demoShippingMethods(rand, store.id, now);
  const orders = Array.from({ length: 300 }, (_, index) =>
    demoOrder({ rand, store, products, customers, shippingMethods, index, createdAt: now }),
  );

  it('charges EU consumers abroad their own country’s VAT (oss_destination), never German origin VAT', () => {
    const crossBorderB2c = orders.filter(
      (order) =>
        order.customer.type === 'b2c' &&
        order.shippingAddress.country !== store.country &&
        isEuCountry(order.shippingAddress.country),
    );
    expect(crossBorderB2c.length).toBeGreaterThan(0);
    for (const order of crossBorderB2c) {
      expect(order.vatTreatment).toBe('oss_destination');
      const country = order.shippingAddress.country;
      if (!isEuCountry(country)) throw new Error('EU country expected');
      for (const item of order.items)
        expect(item.product.vatRate).toBe(vatRateFor(country, item.product.vatCategory));
    }
    expect(orders.some((order) => order.vatTreatment === 'origin_distance_sale')).toBe(false);
  });

  it('keeps domestic, reverse charge and export orders', () => {
    const treatments = new Set(orders.map((order) => order.vatTreatment));
    expect(treatments).toEqual(new Set(['domestic', 'oss_destination', 'intra_eu_reverse_charge', 'export']));
  });
});
