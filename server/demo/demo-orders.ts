import type { Customer } from '../../shared/schemas/customer';
import type { Address, VatTreatment } from '../../shared/schemas/common';
import type { Order, OrderItem, OrderStatus, PaymentStatus, Shipment } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import type { ShippingMethod } from '../../shared/schemas/shipping-method';
import type { Store } from '../../shared/schemas/store';
import { computeLineAmounts, computeOrderTotals } from '../../shared/domain/order/compute-totals';
import { decideVat } from '../../shared/domain/vat/decide-vat';
import { demoOssFlags } from '../services/invoicing/invoice-settings-store';
import { demoUuid } from './demo-catalog';
import type { seededRandom } from './random';

type Rand = ReturnType<typeof seededRandom>;

const firstNames = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Eva',
  'Felix',
  'Greta',
  'Hugo',
  'Ida',
  'Jonas',
  'Lea',
  'Marc',
  'Nora',
  'Oskar',
  'Paula',
  'Sophie',
  'Tom',
  'Zoë',
  'Åsa',
  'Jörg',
];
const lastNames = [
  'Müller',
  'Schmidt',
  'Dubois',
  'Rossi',
  'García',
  'Jansen',
  'Kowalski',
  'Nielsen',
  'Murphy',
  'Lindqvist',
  'Novák',
  'Silva',
  'Weber',
  'Martin',
  'Bauer',
];
const places: { country: string; city: string; postalCode: string; vatPrefix?: string; vatRate: number }[] = [
  { country: 'DE', city: 'Berlin', postalCode: '10115', vatRate: 19 },
  { country: 'DE', city: 'München', postalCode: '80331', vatRate: 19 },
  { country: 'DE', city: 'Köln', postalCode: '50667', vatRate: 19 },
  { country: 'AT', city: 'Wien', postalCode: '1010', vatRate: 20 },
  { country: 'FR', city: 'Lyon', postalCode: '69001', vatRate: 20 },
  { country: 'NL', city: 'Utrecht', postalCode: '3511', vatRate: 21 },
  { country: 'IT', city: 'Milano', postalCode: '20121', vatRate: 22 },
  { country: 'PL', city: 'Kraków', postalCode: '30-001', vatRate: 23 },
  { country: 'CH', city: 'Zürich', postalCode: '8001', vatRate: 0 },
  { country: 'US', city: 'Portland', postalCode: '97201', vatRate: 0 },
];
const marketplaces = ['amazon', 'ebay', 'zalando'];

export function demoCustomers(rand: Rand, storeId: string, count: number, now: string): Customer[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `${rand.pick(firstNames)} ${rand.pick(lastNames)}`;
    const place = rand.pick(places);
    const b2b = rand.next() < 0.15 && place.country !== 'DE';
    const address: Address = {
      name,
      line1: `${rand.pick(['Main', 'Park', 'Lake', 'Hill'])} Street ${rand.int(1, 200)}`,
      postalCode: place.postalCode,
      city: place.city,
      country: place.country,
    };
    return {
      id: demoUuid(rand),
      storeId,
      email: `${name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z ]/g, '')
        .replace(' ', '.')}.${index}@example.com`,
      name: b2b ? `${name.split(' ')[1] ?? name} Trading` : name,
      type: b2b ? 'b2b' : 'b2c',
      ...(b2b && place.country === 'AT'
        ? { vatNumber: 'ATU13585627' }
        : b2b && place.country === 'NL'
          ? { vatNumber: 'NL004495445B01' }
          : b2b && place.country === 'FR'
            ? { vatNumber: 'FR40303265045' }
            : {}),
      defaultAddress: address,
      createdAt: now,
    };
  });
}

/** The VAT decision tree of VAT.md for the demo store (OSS-registered, like its invoice settings). */
function treatmentFor(
  customer: Customer,
  store: Store,
): { treatment: VatTreatment; rate: (category: Product['vatCategory']) => number } {
  const decide = (category: Product['vatCategory']) =>
    decideVat({
      sellerCountry: store.country,
      buyerCountry: customer.defaultAddress?.country ?? store.country,
      buyerType: customer.type,
      buyerVatNumber: customer.vatNumber,
      ...demoOssFlags,
      category,
    });
  return { treatment: decide('standard').treatment, rate: (category) => decide(category).rate };
}

const statusWeights: [OrderStatus, number][] = [
  ['pending', 8],
  ['confirmed', 14],
  ['processing', 14],
  ['on_hold', 3],
  ['partially_shipped', 3],
  ['shipped', 18],
  ['delivered', 15],
  ['completed', 18],
  ['cancelled', 7],
];

function pickStatus(rand: Rand): OrderStatus {
  let roll = rand.next() * statusWeights.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [status, weight] of statusWeights) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'confirmed';
}

export interface DemoOrderInput {
  rand: Rand;
  store: Store;
  products: readonly Product[];
  customers: readonly Customer[];
  shippingMethods: readonly ShippingMethod[];
  index: number;
  createdAt: string;
}

/** One plausible order: items, VAT treatment, totals, statuses and shipments that agree with each other. */
export function demoOrder({
  rand,
  store,
  products,
  customers,
  shippingMethods,
  index,
  createdAt,
}: DemoOrderInput): Order {
  const customer = rand.pick(customers);
  const address = customer.defaultAddress ?? store.address;
  const vat = treatmentFor(customer, store);
  const status = pickStatus(rand);
  const shippedAll = ['shipped', 'delivered', 'completed'].includes(status);
  const items: OrderItem[] = Array.from({ length: rand.int(1, 4) }, () => {
    const product = rand.pick(products);
    const quantity = rand.int(1, 3);
    const vatRate = vat.rate(product.vatCategory);
    return {
      id: demoUuid(rand),
      productId: product.id,
      product: {
        name: product.name,
        ...(product.gtin ? { gtin: product.gtin } : {}),
        sku: product.sku,
        unitPriceNet: product.priceNet,
        vatRate,
        vatCategory: product.vatCategory,
      },
      quantity,
      quantityShipped: shippedAll ? quantity : 0,
      quantityCancelled: status === 'cancelled' ? quantity : 0,
      quantityRefunded: 0,
      ...computeLineAmounts(product.priceNet, quantity, vatRate),
    };
  });
  if (status === 'partially_shipped' && items[0])
    items[0] = { ...items[0], quantityShipped: items[0].quantity };
  const method = rand.pick(shippingMethods);
  const shippingCost = method.priceRule.kind === 'flat' ? method.priceRule.amount : 590;
  const channel = rand.next() < 0.3 ? 'marketplace' : 'direct';
  const paymentStatus: PaymentStatus =
    status === 'pending'
      ? 'unpaid'
      : status === 'cancelled'
        ? rand.pick(['unpaid', 'refunded'] as const)
        : 'paid';
  const shipments: Shipment[] =
    shippedAll || status === 'partially_shipped'
      ? [demoShipment(rand, method, items, status, createdAt)]
      : [];
  return {
    id: demoUuid(rand),
    storeId: store.id,
    number: `${1000 + index}`,
    channel,
    marketplace: channel === 'marketplace' ? rand.pick(marketplaces) : null,
    externalId: channel === 'marketplace' ? `MP-${rand.int(100000, 999999)}-${index}` : null,
    customerId: customer.id,
    customer: {
      name: customer.name,
      email: customer.email,
      type: customer.type,
      ...(customer.vatNumber ? { vatNumber: customer.vatNumber } : {}),
    },
    billingAddress: address,
    shippingAddress: address,
    currency: store.currency,
    items,
    shippingMethodId: method.id,
    shippingCost,
    totals: computeOrderTotals(items, shippingCost),
    vatTreatment: vat.treatment,
    status,
    statusBeforeHold: status === 'on_hold' ? 'confirmed' : null,
    paymentStatus,
    fulfillmentStatus: shippedAll
      ? 'fulfilled'
      : status === 'partially_shipped'
        ? 'partially_fulfilled'
        : 'unfulfilled',
    tags: rand.next() < 0.2 ? [rand.pick(['vip', 'gift', 'fragile', 'express', 'wholesale'])] : [],
    notes: '',
    shipments,
    openExceptionCount: 0,
    cancelReason: status === 'cancelled' ? 'Customer request' : null,
    events: [
      {
        id: demoUuid(rand),
        at: createdAt,
        userId: null,
        userName: null,
        deviceId: null,
        commandId: null,
        type: 'created',
        message: channel === 'marketplace' ? 'Imported from marketplace' : 'Placed in the storefront',
      },
    ],
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
}

function demoShipment(
  rand: Rand,
  method: ShippingMethod,
  items: OrderItem[],
  status: OrderStatus,
  createdAt: string,
): Shipment {
  const tracking = `${method.carrier}${rand.int(100000000, 999999999)}`;
  return {
    id: demoUuid(rand),
    shippingMethodId: method.id,
    carrier: method.carrier,
    trackingNumber: tracking,
    trackingUrl: method.trackingUrlTemplate.replace('{tracking}', encodeURIComponent(tracking)),
    items: items
      .filter((item) => item.quantityShipped > 0)
      .map((item) => ({ orderItemId: item.id, quantity: item.quantityShipped })),
    status: status === 'delivered' || status === 'completed' ? 'delivered' : 'shipped',
    createdAt,
    shippedAt: createdAt,
    deliveredAt: status === 'delivered' || status === 'completed' ? createdAt : null,
  };
}
