import type { Order } from '../../schemas/order';
import { computeOrderTotals } from './compute-totals';
import type { Actor } from './permissions';

/** A confirmed, paid one-line order for unit tests; `n` makes ids and numbers distinct. */
export function makeTestOrder(n: number, overrides: Partial<Order> = {}): Order {
  const hex = n.toString(16).padStart(12, '0');
  const items: Order['items'] = [
    {
      id: `0190a000-0000-7000-8001-${hex}`,
      productId: '0190a000-0000-7000-8000-000000000002',
      product: {
        name: 'Tent “Ålpine”',
        gtin: '4006381333931',
        sku: 'T-1',
        unitPriceNet: 10050,
        vatRate: 19,
        vatCategory: 'standard',
      },
      quantity: 2,
      quantityShipped: 0,
      quantityCancelled: 0,
      quantityRefunded: 0,
      lineNet: 20100,
      lineVat: 3819,
      lineGross: 23919,
    },
  ];
  const address = {
    name: 'Jörg Müller',
    line1: 'Main Street 1',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  };
  return {
    id: `0190a000-0000-7000-8000-${hex}`,
    storeId: '0190a000-0000-7000-8000-000000000001',
    number: String(1000 + n),
    channel: 'direct',
    marketplace: null,
    externalId: null,
    customerId: null,
    customer: { name: 'Jörg Müller', email: `jorg.${n}@example.com`, type: 'b2c' },
    billingAddress: address,
    shippingAddress: address,
    currency: 'EUR',
    items,
    shippingMethodId: null,
    shippingCost: 495,
    totals: computeOrderTotals(items, 495),
    vatTreatment: 'domestic',
    status: 'confirmed',
    statusBeforeHold: null,
    paymentStatus: 'paid',
    fulfillmentStatus: 'unfulfilled',
    tags: [],
    notes: '',
    shipments: [],
    openExceptionCount: 0,
    cancelReason: null,
    events: [],
    version: 1,
    createdAt: new Date(Date.UTC(2026, 10, 1) + n * 3_600_000).toISOString(),
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export const testManager: Actor = {
  id: '0190a000-0000-7000-8000-00000000000a',
  name: 'Max',
  permissions: ['orders.view', 'orders.edit', 'orders.cancel'],
  isAdmin: false,
};
