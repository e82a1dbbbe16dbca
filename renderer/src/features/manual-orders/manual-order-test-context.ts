import type { Product } from '../../../../shared/schemas/product';
import type { ShippingMethod } from '../../../../shared/schemas/shipping-method';
import { testCatalogProduct, testGermanSeller } from '../../../../shared/domain/order/manual/test-seller';
import type { OrderPricingContext } from '../../../../shared/domain/order/manual/manual-order-schemas';

const storeId = '0190a000-0000-7000-8000-000000000001';

/** A catalog product for the form tests: `n` 1–9, net price n × 10.00 €. */
export function testProduct(n: number): Product {
  return testCatalogProduct(storeId, n);
}

export const testMethod: ShippingMethod = {
  id: '0190a000-0000-7000-8000-0000000000e1',
  storeId,
  name: 'DHL',
  carrier: 'DHL',
  countries: ['DE', 'AT'],
  priceRule: { kind: 'flat', amount: 500 },
  trackingUrlTemplate: '',
  active: true,
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** The device's pricing context as the forms build it: a German seller, the named products. */
export function testPricingContext(products: Product[]): OrderPricingContext {
  return {
    seller: testGermanSeller(storeId),
    products,
    shippingMethod: testMethod,
    number: null,
    invoiced: false,
  };
}
