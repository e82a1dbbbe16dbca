import type { Product } from '../../shared/schemas/product';
import type { ShippingMethod } from '../../shared/schemas/shipping-method';
import type { Store } from '../../shared/schemas/store';
import type { StaffUser } from '../../shared/schemas/user';
import { withCheckDigit } from './gtin-check-digit';
import type { seededRandom } from './random';

type Rand = ReturnType<typeof seededRandom>;

/** A deterministic UUID (version 4 layout) from the demo PRNG. */
export function demoUuid(rand: Rand): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ['8', '9', 'a', 'b'][Math.floor(rand.next() * 4)] ?? '8';
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export const DEMO_PASSWORD = 'demo1234';

export function demoStore(rand: Rand): Store {
  return {
    id: demoUuid(rand),
    name: 'Nordwind Outdoor GmbH',
    code: 'NWO',
    country: 'DE',
    currency: 'EUR',
    address: {
      name: 'Nordwind Outdoor GmbH',
      line1: 'Hafenstraße 12',
      postalCode: '20457',
      city: 'Hamburg',
      country: 'DE',
    },
    vatNumber: 'DE136695976',
  };
}

/** Demo staff: one per permission set (README "Demo users"). */
export function demoUsers(rand: Rand, storeId: string): StaffUser[] {
  const user = (
    email: string,
    name: string,
    permissions: StaffUser['permissions'],
    isAdmin = false,
  ): StaffUser => ({
    id: demoUuid(rand),
    storeId,
    email,
    name,
    permissions,
    isAdmin,
  });
  return [
    user(
      'admin@orderdesk.test',
      'Ada Admin',
      ['orders.view', 'orders.edit', 'orders.cancel', 'orders.refund'],
      true,
    ),
    user('manager@orderdesk.test', 'Max Manager', [
      'orders.view',
      'orders.edit',
      'orders.cancel',
      'orders.refund',
    ]),
    user('packer@orderdesk.test', 'Pia Packer', ['orders.view', 'orders.edit']),
    user('canceller@orderdesk.test', 'Carl Canceller', ['orders.view', 'orders.edit', 'orders.cancel']),
    user('refunds@orderdesk.test', 'Rita Refunds', ['orders.view', 'orders.refund']),
    user('viewer@orderdesk.test', 'Vic Viewer', ['orders.view']),
  ];
}

const productNames = [
  'Trail Runner Shoe',
  'Down Jacket',
  'Rain Shell',
  'Fleece Pullover',
  'Merino Socks',
  'Trekking Poles',
  'Headlamp 400lm',
  'Water Filter',
  'Camping Stove',
  'Titanium Mug',
  'Sleeping Bag -5°C',
  'Sleeping Pad',
  'Two-Person Tent',
  'Daypack 22L',
  'Backpack 50L',
  'Map Case',
  'Compass',
  'First Aid Kit',
  'Trail Guidebook',
  'Energy Bars (12)',
  'Dried Meal Pack',
  'Sun Cream SPF50',
  'Bug Spray',
  'Beanie',
  'Gloves',
  'Gaiters',
  'Insulated Bottle',
  'Carabiner Set',
  'Rope 30m',
  'Climbing Chalk',
  'Harness',
  'Helmet',
  'Bivy Bag',
  'Camp Chair',
  'Lantern',
  'Solar Charger',
  'Power Bank',
  'Hiking Shorts',
  'Base Layer Top',
  'Buff',
];

/** A shelf location spread over four aisles (every 13th product has none: pick lists show it last). */
function demoLocation(index: number): { location?: string } {
  if (index % 13 === 12) return {};
  const aisle = 'ABCD'[index % 4] ?? 'A';
  const shelf = String((Math.floor(index / 4) % 10) + 1).padStart(2, '0');
  return { location: `${aisle}-${shelf}-${(index % 3) + 1}` };
}

export function demoProducts(rand: Rand, storeId: string, now: string): Product[] {
  return productNames.map((name, index) => {
    const reducedBook = name.includes('Guidebook') || name.includes('Bars') || name.includes('Meal');
    const onHand = rand.int(20, 400);
    return {
      id: demoUuid(rand),
      storeId,
      gtin: withCheckDigit(`0400123${String(100000 + index).slice(1)}0`.slice(0, 13)),
      sku: `NW-${String(index + 1).padStart(4, '0')}`,
      name,
      priceNet: rand.int(5, 350) * 100 - 1,
      vatCategory: reducedBook ? 'reduced' : 'standard',
      weightGrams: rand.int(50, 3000),
      ...demoLocation(index),
      stock: { onHand, reserved: 0, available: onHand },
      version: 1,
      updatedAt: now,
    };
  });
}

export function demoShippingMethods(rand: Rand, storeId: string, now: string): ShippingMethod[] {
  const eu = ['DE', 'AT', 'FR', 'NL', 'BE', 'IT', 'ES', 'PL', 'DK', 'SE', 'IE', 'FI', 'PT', 'CZ', 'LU'];
  const methods: Pick<
    ShippingMethod,
    'name' | 'carrier' | 'countries' | 'priceRule' | 'trackingUrlTemplate'
  >[] = [
    {
      name: 'DHL Paket',
      carrier: 'DHL',
      countries: eu,
      priceRule: { kind: 'free_above', amount: 590, freeFromSubtotal: 10000 },
      trackingUrlTemplate:
        'https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode={tracking}',
    },
    {
      name: 'DPD Classic',
      carrier: 'DPD',
      countries: eu,
      priceRule: {
        kind: 'weight_bands',
        bands: [
          { upToGrams: 2000, amount: 490 },
          { upToGrams: 10000, amount: 790 },
          { upToGrams: 31500, amount: 1290 },
        ],
      },
      trackingUrlTemplate: 'https://tracking.dpd.de/status/de_DE/parcel/{tracking}',
    },
    {
      name: 'UPS Worldwide',
      carrier: 'UPS',
      countries: ['US', 'CH', 'GB', 'NO', 'CA', ...eu],
      priceRule: { kind: 'flat', amount: 2490 },
      trackingUrlTemplate: 'https://www.ups.com/track?tracknum={tracking}',
    },
  ];
  return methods.map((method) => ({
    ...method,
    id: demoUuid(rand),
    storeId,
    active: true,
    version: 1,
    updatedAt: now,
  }));
}
