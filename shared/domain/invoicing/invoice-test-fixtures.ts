import type { StoreInvoiceSettings } from '../../schemas/invoice-settings';
import type { Order, OrderItem } from '../../schemas/order';
import type { Store } from '../../schemas/store';
import { computeLineAmounts, computeOrderTotals } from '../order/compute-totals';

/** Fixed ids and builders shared by the invoicing and invoice-PDF tests (not used at run time). */
export const fixtureIds = {
  store: '0190a000-0000-7000-8000-000000000001',
  order: '0190a000-0000-7000-8000-000000000002',
  invoice: '0190a000-0000-7000-8000-000000000003',
  creditNote: '0190a000-0000-7000-8000-000000000004',
} as const;

/** A French store with complete invoice settings. */
export function makeStore(): Store {
  return {
    id: fixtureIds.store,
    name: 'Atelier Lumière',
    code: 'PARIS',
    country: 'FR',
    currency: 'EUR',
    address: {
      name: 'Atelier Lumière SAS',
      line1: '12 rue de la Paix',
      postalCode: '75002',
      city: 'Paris',
      country: 'FR',
    },
    vatNumber: 'FR40303265045',
  };
}

/** Invoice settings of the fixture store. */
export function makeSettings(overrides: Partial<StoreInvoiceSettings> = {}): StoreInvoiceSettings {
  return {
    storeId: fixtureIds.store,
    legalName: 'Atelier Lumière SAS',
    address: {
      name: 'Atelier Lumière SAS',
      line1: '12 rue de la Paix',
      postalCode: '75002',
      city: 'Paris',
      country: 'FR',
    },
    vatNumber: 'FR40303265045',
    companyRegistrationId: 'RCS Paris 123 456 789',
    bankDetails: { bankName: 'Banque Exemple', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPPXXX' },
    invoicePrefix: 'INV',
    paymentTermsDays: 30,
    footerText:
      'Atelier Lumière SAS – capital 10,000 EUR – 12 rue de la Paix, 75002 Paris – contact@atelier.example',
    logo: null,
    language: 'en',
    pricesIncludeVat: false,
    timeZone: 'Europe/Paris',
    ossRegistered: false,
    distanceSalesThresholdExceeded: false,
    autoInvoiceTrigger: 'on_payment',
    version: 1,
    updatedAt: '2026-03-01T08:00:00.000Z',
    ...overrides,
  };
}

/** An order item; `index` makes its id unique. */
export function makeItem(
  index: number,
  name: string,
  unitPriceNet: number,
  quantity: number,
  vatRate: number,
): OrderItem {
  const hex = index.toString(16).padStart(12, '0');
  return {
    id: `0190a000-0000-7000-9000-${hex}`,
    productId: `0190a000-0000-7000-a000-${hex}`,
    product: {
      name,
      sku: `SKU-${index}`,
      unitPriceNet,
      vatRate,
      vatCategory: vatRate === 0 ? 'zero' : vatRate < 10 ? 'reduced' : 'standard',
    },
    quantity,
    quantityShipped: 0,
    quantityCancelled: 0,
    quantityRefunded: 0,
    ...computeLineAmounts(unitPriceNet, quantity, vatRate),
  };
}

/** A paid domestic order (FR → FR) with two rates and shipping, unless overridden. */
export function makeOrder(overrides: Partial<Order> = {}): Order {
  const items = overrides.items ?? [
    makeItem(1, 'Brass desk lamp', 4990, 2, 20),
    makeItem(2, 'Art book "Lumière"', 2500, 1, 5.5),
  ];
  const shippingCost = overrides.shippingCost ?? 690;
  return {
    id: fixtureIds.order,
    storeId: fixtureIds.store,
    number: 'PARIS-1042',
    channel: 'direct',
    marketplace: null,
    externalId: null,
    customerId: null,
    customer: { name: 'Camille Martin', email: 'camille@example.org', type: 'b2c' },
    billingAddress: {
      name: 'Camille Martin',
      line1: '5 avenue Foch',
      postalCode: '69006',
      city: 'Lyon',
      country: 'FR',
    },
    shippingAddress: {
      name: 'Camille Martin',
      line1: '5 avenue Foch',
      postalCode: '69006',
      city: 'Lyon',
      country: 'FR',
    },
    currency: 'EUR',
    shippingMethodId: null,
    totals: computeOrderTotals(items, shippingCost),
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
    version: 3,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:05:00.000Z',
    ...overrides,
    items,
    shippingCost,
  };
}

/** A B2B order to a German company with a valid VAT number: intra-Community reverse charge. */
export function makeReverseChargeOrder(): Order {
  const address = {
    name: 'Jonas Weber',
    company: 'Weber Leuchten GmbH',
    line1: 'Torstraße 140',
    postalCode: '10119',
    city: 'Berlin',
    country: 'DE',
  };
  return makeOrder({
    number: 'PARIS-1043',
    customer: {
      name: 'Weber Leuchten GmbH',
      email: 'einkauf@weber.example',
      type: 'b2b',
      vatNumber: 'DE 136 695 976',
    },
    billingAddress: address,
    shippingAddress: address,
    vatTreatment: 'intra_eu_reverse_charge',
    items: [makeItem(1, 'Brass desk lamp', 4990, 10, 0), makeItem(2, 'Linen lampshade 40 cm', 1890, 10, 0)],
    shippingCost: 2500,
  });
}
