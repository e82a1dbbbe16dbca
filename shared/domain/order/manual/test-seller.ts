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
