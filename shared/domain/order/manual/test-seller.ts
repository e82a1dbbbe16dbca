import type { Product } from '../../../schemas/product';
import type { OrderPricingContext } from './manual-order-schemas';

/** The seller of the manual-order tests: a German store, net prices, below the distance-sales threshold. */
export function testGermanSeller(storeId: string): OrderPricingContext['seller'] {
  return {
    storeId,
    country: 'DE',
    currency: 'EUR',
    ossRegistered: false,
    distanceSalesThresholdExceeded: false,
    pricesIncludeVat: false,
  };
}

/** A catalog product of the manual-order tests: `n` 1–9, net price n × 10.00 €, 10 in stock. */
export function testCatalogProduct(storeId: string, n: number, overrides: Partial<Product> = {}): Product {
  return {
    id: `0190a000-0000-7000-8000-00000000000${n}`,
    storeId,
    sku: `P-${n}`,
    name: `Product ${n}`,
    priceNet: 1000 * n,
    vatCategory: 'standard',
    weightGrams: 100,
    stock: { onHand: 10, reserved: 0, available: 10 },
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
