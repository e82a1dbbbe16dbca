import { describe, expect, it } from 'vitest';
import type { Product } from '../../schemas/product';
import { priceCheckout, type CheckoutPricingInput } from './price-checkout';

const newId = (): string => '00000000-0000-4000-8000-000000000001';

/** Catalog price 11.90 (gross when the store's prices include VAT). */
const product: Product = {
  id: '11111111-1111-4111-8111-111111111111',
  storeId: '22222222-2222-4222-8222-222222222222',
  sku: 'SKU-1',
  name: 'Mug',
  priceNet: 1190,
  vatCategory: 'standard',
  weightGrams: 300,
  stock: { onHand: 10, reserved: 0, available: 10 },
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const cart = (overrides: Partial<CheckoutPricingInput>): CheckoutPricingInput => ({
  sellerCountry: 'DE',
  destinationCountry: 'DE',
  customer: { type: 'b2c' },
  ossRegistered: true,
  distanceSalesThresholdExceeded: false,
  pricesIncludeVat: true,
  lines: [{ product, quantity: 1 }],
  shippingRule: { kind: 'flat', amount: 0 },
  newId,
  ...overrides,
});

describe('priceCheckout with VAT-inclusive catalog prices', () => {
  it('a German consumer pays the catalog price: net 10.00 + 19 % VAT 1.90', () => {
    const result = priceCheckout(cart({}));
    expect(result.items[0]).toMatchObject({
      lineNet: 1000,
      lineVat: 190,
      lineGross: 1190,
      product: { unitPriceNet: 1000, vatRate: 19 },
    });
    expect(result.amountDue).toBe(1190);
  });

  it('converts per line, not per unit (VAT.md): 3 × 9.99 gross is net 25.18', () => {
    const result = priceCheckout(cart({ lines: [{ product: { ...product, priceNet: 999 }, quantity: 3 }] }));
    expect(result.items[0]).toMatchObject({ lineNet: 2518, lineVat: 478 });
    expect(result.totals).toMatchObject({ net: 2518, vat: 478, gross: 2996 });
  });

  it('an export (CH) takes the catalog price minus German VAT, at 0 %', () => {
    const result = priceCheckout(cart({ destinationCountry: 'CH' }));
    expect(result.vatTreatment).toBe('export');
    expect(result.items[0]).toMatchObject({ lineNet: 1000, lineVat: 0, lineGross: 1000 });
  });

  it('an OSS consumer in France pays the same gross, with French VAT inside', () => {
    const result = priceCheckout(cart({ destinationCountry: 'FR' }));
    expect(result.items[0]).toMatchObject({ lineNet: 992, lineVat: 198, lineGross: 1190 });
  });

  it('net catalog prices are unchanged when the setting is off', () => {
    const result = priceCheckout(cart({ pricesIncludeVat: false }));
    expect(result.items[0]).toMatchObject({ lineNet: 1190, lineVat: 226, lineGross: 1416 });
  });
});
