import { describe, expect, it } from 'vitest';
import type { Product } from '../../schemas/product';
import { isDomainError } from '../../errors';
import { priceCheckout, type CheckoutPricingInput } from './price-checkout';

let counter = 0;
const newId = (): string => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

const product = (overrides: Partial<Product> = {}): Product => ({
  id: '11111111-1111-4111-8111-111111111111',
  storeId: '22222222-2222-4222-8222-222222222222',
  sku: 'SKU-1',
  name: 'Tent',
  priceNet: 10000,
  vatCategory: 'standard',
  weightGrams: 1500,
  stock: { onHand: 10, reserved: 0, available: 10 },
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const base = (overrides: Partial<CheckoutPricingInput> = {}): CheckoutPricingInput => ({
  sellerCountry: 'DE',
  destinationCountry: 'DE',
  customer: { type: 'b2c' },
  ossRegistered: false,
  distanceSalesThresholdExceeded: false,
  lines: [{ product: product(), quantity: 2 }],
  shippingRule: { kind: 'flat', amount: 500 },
  newId,
  ...overrides,
});

describe('priceCheckout', () => {
  it('prices a domestic cart from the catalog with shipping taxed at the item rate', () => {
    const result = priceCheckout(base());
    expect(result.vatTreatment).toBe('domestic');
    expect(result.items[0]).toMatchObject({ lineNet: 20000, product: { unitPriceNet: 10000, vatRate: 19 } });
    expect(result.totals).toEqual({
      net: 20500,
      vat: 3895,
      gross: 24395,
      byRate: [{ rate: 19, net: 20500, vat: 3895 }],
    });
    expect(result.amountDue).toBe(24395);
  });

  it('uses the destination rate under OSS and the seller rate without', () => {
    const fr = { destinationCountry: 'FR' };
    expect(priceCheckout(base({ ...fr, ossRegistered: true })).items[0]?.product.vatRate).toBe(20);
    expect(priceCheckout(base(fr)).vatTreatment).toBe('origin_distance_sale');
  });

  it('applies reverse charge at 0 % to a B2B buyer with a valid VAT number', () => {
    const result = priceCheckout(
      base({ destinationCountry: 'AT', customer: { type: 'b2b', vatNumber: 'ATU13585627' } }),
    );
    expect(result.vatTreatment).toBe('intra_eu_reverse_charge');
    expect(result.totals.vat).toBe(0);
  });

  it('covers every treatment: OSS destination, export, and no reverse charge for a wrong check digit', () => {
    const oss = priceCheckout(base({ destinationCountry: 'FR', ossRegistered: true }));
    expect(oss.vatTreatment).toBe('oss_destination');
    const overThreshold = priceCheckout(
      base({ destinationCountry: 'PL', distanceSalesThresholdExceeded: true }),
    );
    expect(overThreshold).toMatchObject({
      vatTreatment: 'oss_destination',
      items: [{ product: { vatRate: 23 } }],
    });
    const exported = priceCheckout(base({ destinationCountry: 'CH' }));
    expect(exported).toMatchObject({ vatTreatment: 'export', totals: { vat: 0 } });
    const wrongDigit = priceCheckout(
      base({ destinationCountry: 'AT', customer: { type: 'b2b', vatNumber: 'ATU13585626' } }),
    );
    expect(wrongDigit.vatTreatment).toBe('origin_distance_sale');
    expect(wrongDigit.items[0]?.product.vatRate).toBe(19);
  });

  it('ships free above the threshold of the net subtotal', () => {
    const result = priceCheckout(
      base({ shippingRule: { kind: 'free_above', amount: 590, freeFromSubtotal: 20000 } }),
    );
    expect(result.shippingCost).toBe(0);
  });

  it('refuses a cart heavier than the last weight band with BUSINESS_RULE', () => {
    const heavy = base({ shippingRule: { kind: 'weight_bands', bands: [{ upToGrams: 2000, amount: 490 }] } });
    try {
      priceCheckout(heavy);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('BUSINESS_RULE');
    }
  });
});
