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

/** A seeded pseudo-random number generator in [0, 1) (mulberry32), so a failing random test repeats. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A test order whose list keys (status, customer, total, country, created time) come from small
 * pools, so sorting by any key meets many ties.
 */
export function makeRandomTestOrder(random: () => number, n: number): Order {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const base = makeTestOrder(n);
  const country = pick(['DE', 'AT', 'FR']);
  return {
    ...base,
    status: pick(['pending', 'confirmed', 'on_hold'] as const),
    paymentStatus: pick(['unpaid', 'paid'] as const),
    customer: { ...base.customer, name: pick(['Ada', 'ada', 'Bea', 'Cem']) },
    shippingAddress: { ...base.shippingAddress, country },
    totals: { ...base.totals, gross: pick([100, 200, 300]) },
    tags: random() < 0.3 ? ['vip'] : [],
    createdAt: new Date(Date.UTC(2026, 10, 1) + Math.floor(random() * 5) * 3_600_000).toISOString(),
  };
}
