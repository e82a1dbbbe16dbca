import { buildCreditNote, creditNoteRefundSchema } from '../domain/invoicing/build-credit-note';
import { buildInvoice } from '../domain/invoicing/build-invoice';
import { allocateInvoiceNumber } from '../domain/invoicing/invoice-series';
import {
  fixtureIds,
  makeItem,
  makeOrder,
  makeReverseChargeOrder,
  makeSettings,
  makeStore,
} from '../domain/invoicing/invoice-test-fixtures';
import type { Address } from '../schemas/common';
import type { Invoice } from '../schemas/invoice';
import type { Order } from '../schemas/order';

/** A named invoice of the e-invoice validation corpus (tests and bench only, not used at run time). */
export interface CorpusInvoice {
  name: string;
  invoice: Invoice;
}

const seriesKey = { storeCode: 'PARIS', deviceCode: 'WS01', year: 2026 };

function issue(order: Order, sequence: number): Invoice {
  return buildInvoice({
    order,
    settings: makeSettings(),
    store: makeStore(),
    allocation: allocateInvoiceNumber({ kind: 'invoice', ...seriesKey }, sequence),
    id: fixtureIds.invoice,
    issueDate: '2026-03-05',
    supplyDate: '2026-03-04',
    deviceId: 'WS01',
    now: '2026-03-05T10:00:00.000Z',
  });
}

function credit(original: Invoice, refund: unknown, sequence: number): Invoice {
  return buildCreditNote({
    original,
    previousCreditNotes: [],
    refund: creditNoteRefundSchema.parse(refund),
    allocation: allocateInvoiceNumber({ kind: 'credit_note', ...seriesKey }, sequence),
    id: fixtureIds.creditNote,
    issueDate: '2026-03-20',
    deviceId: 'WS01',
    now: '2026-03-20T10:00:00.000Z',
  });
}

function consumerIn(address: Address): Partial<Order> {
  return {
    customer: { name: address.name, email: 'buyer@example.org', type: 'b2c' },
    billingAddress: address,
    shippingAddress: address,
  };
}

const polishConsumer: Address = {
  name: 'Łukasz Wiśniewski',
  line1: 'ul. Piotrkowska 104',
  postalCode: '90-926',
  city: 'Łódź',
  country: 'PL',
};
const belgianConsumer: Address = {
  name: 'Émilie Dubois',
  line1: 'Rue Neuve 23',
  postalCode: '1000',
  city: 'Bruxelles',
  country: 'BE',
};
const swissCompany: Address = {
  name: 'Antonín Dvořák',
  company: 'Bergsport AG',
  line1: 'Bahnhofstrasse 1',
  postalCode: '8001',
  city: 'Zürich',
  country: 'CH',
};

/** Every VAT treatment, a zero-rated line, credit notes (items + shipping, amount only) and an XRechnung. */
export function einvoiceCorpus(): CorpusInvoice[] {
  const domestic = issue(makeOrder(), 1);
  const reverseCharge = issue(makeReverseChargeOrder(), 2);
  const oss = issue(
    makeOrder({
      ...consumerIn(polishConsumer),
      vatTreatment: 'oss_destination',
      items: [makeItem(1, 'Lampa mosiężna', 4990, 1, 23), makeItem(2, 'Książka o świetle', 2500, 2, 5)],
    }),
    3,
  );
  const distanceSale = issue(
    makeOrder({ ...consumerIn(belgianConsumer), vatTreatment: 'origin_distance_sale' }),
    4,
  );
  const exportSale = issue(
    makeOrder({
      customer: { name: 'Bergsport AG', email: 'einkauf@bergsport.example', type: 'b2b' },
      billingAddress: swissCompany,
      shippingAddress: swissCompany,
      vatTreatment: 'export',
      items: [makeItem(1, 'Brass desk lamp', 4990, 3, 0)],
      shippingCost: 3900,
    }),
    5,
  );
  const zeroRated = issue(
    makeOrder({
      items: [makeItem(1, 'Brass desk lamp', 4990, 1, 20), makeItem(2, 'Gift voucher card', 0, 1, 0)],
    }),
    6,
  );
  const lampId = domestic.lines[0]?.orderItemId ?? '';
  const xrechnung = issue(
    makeOrder({
      customer: {
        name: 'Stadt Musterstadt',
        email: 'rechnung@musterstadt.example',
        type: 'b2b',
        buyerReference: '04011000-12345-34',
      },
    }),
    7,
  );
  const unpaid = issue(makeOrder({ paymentStatus: 'unpaid' }), 8);
  return [
    { name: 'domestic-two-rates-shipping', invoice: domestic },
    { name: 'domestic-unpaid', invoice: unpaid },
    { name: 'intra-eu-reverse-charge', invoice: reverseCharge },
    { name: 'oss-destination-pl', invoice: oss },
    { name: 'origin-distance-sale-be', invoice: distanceSale },
    { name: 'export-ch', invoice: exportSale },
    { name: 'zero-rated-line', invoice: zeroRated },
    { name: 'xrechnung-buyer-reference', invoice: xrechnung },
    {
      name: 'credit-note-items-shipping',
      invoice: credit(
        domestic,
        { items: [{ orderItemId: lampId, quantity: 1 }], includeShipping: true, reason: 'Returned' },
        0,
      ),
    },
    { name: 'credit-note-amount', invoice: credit(domestic, { amount: 1500, reason: 'Goodwill' }, 1) },
    {
      name: 'credit-note-reverse-charge',
      invoice: credit(reverseCharge, { amount: 5000, reason: 'Damaged' }, 2),
    },
  ];
}
