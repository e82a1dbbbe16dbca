import { DomainError } from '../../errors';
import { storeDate } from '../../dates/store-date';
import { roundHalfAwayFromZero } from '../../money';
import type { Invoice, InvoiceBuyer, InvoiceLine, InvoiceSeller } from '../../schemas/invoice';
import type { StoreInvoiceSettings } from '../../schemas/invoice-settings';
import type { Order, OrderItem } from '../../schemas/order';
import type { Store } from '../../schemas/store';
import { computeTotals } from '../order/compute-totals';
import { validateVatNumber } from '../vat/vat-number';
import { legalMentionsFor } from './invoice-legal-mentions';
import { addStoreDays } from '../../dates/store-date';
import { invoiceLanguageOf, legalTexts, type InvoiceLanguage } from './invoice-texts';
import type { InvoiceNumberAllocation } from './invoice-series';

export interface BuildInvoiceInput {
  order: Order;
  settings: StoreInvoiceSettings;
  store: Store;
  allocation: InvoiceNumberAllocation;
  /** Id of the new invoice (UUIDv7 from the issuing device). */
  id: string;
  /** YYYY-MM-DD, the issuing device's date. */
  issueDate: string;
  /** Date of supply; defaults to the date of the last shipment, else the issue date. */
  supplyDate?: string;
  deviceId: string;
  now: string;
}

/** Builds the immutable invoice snapshot of an order; refuses orders that may not be invoiced. */
export function buildInvoice(input: BuildInvoiceInput): Invoice {
  const { order, settings, store, allocation } = input;
  assertInvoiceable(input);
  const language = invoiceLanguageOf(settings.language);
  const lines = invoiceLines(order, language);
  const totals = computeTotals(lines.map((line) => ({ net: line.lineNet, vatRate: line.vatRate })));
  const buyer = buyerSnapshot(order);
  // Art. 226 (7): the date of supply is the (last) shipment date in the store's time zone, else the issue date.
  const supplyDate = input.supplyDate ?? lastShipmentDate(order, settings.timeZone) ?? input.issueDate;
  return {
    id: input.id,
    storeId: store.id,
    orderId: order.id,
    orderNumber: order.number,
    kind: 'invoice',
    correctsInvoiceId: null,
    correctsInvoiceNumber: null,
    ...numberOf(allocation),
    issueDate: input.issueDate,
    supplyDate,
    dueDate: addStoreDays(input.issueDate, settings.paymentTermsDays),
    paymentTermsDays: settings.paymentTermsDays,
    seller: sellerSnapshot(settings),
    buyer,
    currency: order.currency,
    lines,
    vatBreakdown: totals.byRate,
    totals: { net: totals.net, vat: totals.vat, gross: totals.gross },
    paidAmount: paidBeforeInvoicing(order) ? totals.gross : 0,
    vatTreatment: order.vatTreatment,
    vatCountry: vatCountryOf(order, store),
    legalMentions: legalMentionsFor({
      vatTreatment: order.vatTreatment,
      sellerVatNumber: settings.vatNumber,
      buyerVatNumber: buyer.vatNumber,
      issueDate: input.issueDate,
      supplyDate,
      language,
    }),
    reason: null,
    ...documentTexts(settings),
    deviceId: input.deviceId,
    createdAt: input.now,
  };
}

function numberOf(allocation: InvoiceNumberAllocation): Pick<Invoice, 'number' | 'series' | 'sequence'> {
  return { number: allocation.number, series: allocation.series, sequence: allocation.sequence };
}

function documentTexts(settings: StoreInvoiceSettings): Pick<Invoice, 'footerText' | 'language'> {
  return { footerText: settings.footerText, language: settings.language };
}

function refuse(message: string, details: Record<string, unknown>): never {
  throw new DomainError('BUSINESS_RULE', message, { details });
}

function assertInvoiceable({ order, settings, store, allocation }: BuildInvoiceInput): void {
  if (settings.storeId !== store.id || order.storeId !== store.id) {
    throw new DomainError('BAD_INPUT', 'Order, store and invoice settings belong to different stores');
  }
  if (order.openExceptionCount > 0) {
    refuse(
      `Order ${order.number} has ${order.openExceptionCount} unresolved item exception(s); resolve them before invoicing`,
      {
        reason: 'open_exceptions',
        openExceptionCount: order.openExceptionCount,
      },
    );
  }
  if (order.draft === true)
    refuse(`Order ${order.number} is a draft; confirm it before invoicing`, { reason: 'draft' });
  if (order.status === 'cancelled')
    refuse(`Order ${order.number} is cancelled and cannot be invoiced`, { reason: 'cancelled' });
  if (allocation.series.startsWith('CN-'))
    refuse('A credit note number cannot be used for an invoice', { reason: 'wrong_series' });
  if (!order.items.some((item) => invoicedQuantity(item) > 0)) {
    refuse(`Order ${order.number} has nothing left to invoice`, { reason: 'nothing_to_invoice' });
  }
  assertTreatmentConsistent(order);
}

function assertTreatmentConsistent(order: Order): void {
  const exempt = order.vatTreatment === 'intra_eu_reverse_charge' || order.vatTreatment === 'export';
  if (exempt && order.items.some((item) => item.product.vatRate !== 0)) {
    refuse(`Order ${order.number} is ${order.vatTreatment} but charges VAT on some items`, {
      reason: 'treatment_rate_mismatch',
    });
  }
  if (order.vatTreatment === 'intra_eu_reverse_charge') {
    const check = validateVatNumber(order.customer.vatNumber ?? '', order.billingAddress.country);
    if (!check.valid) {
      refuse(`Reverse charge needs the customer's valid VAT number (order ${order.number})`, {
        reason: 'buyer_vat_number',
      });
    }
  }
}

function invoicedQuantity(item: OrderItem): number {
  return item.quantity - item.quantityCancelled;
}

/** Paid (or paid and then partly refunded) before the invoice: it is a receipt, not a request for payment. */
function paidBeforeInvoicing(order: Order): boolean {
  return ['paid', 'partially_refunded', 'refunded'].includes(order.paymentStatus);
}

function invoiceLines(order: Order, language: InvoiceLanguage): InvoiceLine[] {
  const lines: InvoiceLine[] = order.items
    .filter((item) => invoicedQuantity(item) > 0)
    .map((item) => {
      const quantity = invoicedQuantity(item);
      return {
        orderItemId: item.id,
        kind: 'item',
        description: item.product.name,
        sku: item.product.sku ?? null,
        gtin: item.product.gtin ?? null,
        quantity,
        unitPriceNet: item.product.unitPriceNet,
        vatRate: item.product.vatRate,
        vatCategory: item.product.vatCategory,
        // Proportional to the order's line net, which keeps VAT-inclusive per-line rounding intact.
        lineNet:
          quantity === item.quantity
            ? item.lineNet
            : roundHalfAwayFromZero((item.lineNet * quantity) / item.quantity),
      };
    });
  if (order.shippingCost > 0) lines.push(shippingLine(order, language));
  return lines;
}

/** Shipping is taxed at the highest item rate, as in computeOrderTotals. */
function shippingLine(order: Order, language: InvoiceLanguage): InvoiceLine {
  const rate = Math.max(0, ...order.items.map((item) => item.product.vatRate));
  return {
    orderItemId: null,
    kind: 'shipping',
    description: legalTexts[language].shipping,
    sku: null,
    gtin: null,
    quantity: 1,
    unitPriceNet: order.shippingCost,
    vatRate: rate,
    vatCategory: null,
    lineNet: order.shippingCost,
  };
}

function sellerSnapshot(settings: StoreInvoiceSettings): InvoiceSeller {
  return {
    legalName: settings.legalName,
    address: settings.address,
    vatNumber: settings.vatNumber,
    companyRegistrationId: settings.companyRegistrationId,
    bankDetails: settings.bankDetails,
  };
}

function buyerSnapshot(order: Order): InvoiceBuyer {
  const typed = order.customer.vatNumber;
  const check = typed ? validateVatNumber(typed, order.billingAddress.country) : null;
  return {
    name: order.customer.name,
    email: order.customer.email,
    type: order.customer.type,
    address: order.billingAddress,
    vatNumber: check ? (check.valid ? check.normalized : (typed ?? null)) : null,
    ...(order.customer.buyerReference ? { buyerReference: order.customer.buyerReference } : {}),
    deliveryAddress: order.shippingAddress,
  };
}

function lastShipmentDate(order: Order, timeZone: string): string | undefined {
  const dates = order.shipments.flatMap((shipment) =>
    shipment.shippedAt ? [storeDate(shipment.shippedAt, timeZone)] : [],
  );
  return dates.sort().at(-1);
}

function vatCountryOf(order: Order, store: Store): string | null {
  switch (order.vatTreatment) {
    case 'domestic':
    case 'origin_distance_sale':
      return store.country;
    case 'oss_destination':
      return order.shippingAddress.country;
    case 'intra_eu_reverse_charge':
    case 'export':
      return null;
  }
}
