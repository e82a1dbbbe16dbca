import { z } from 'zod';
import { DomainError } from '../../errors';
import { roundHalfAwayFromZero } from '../../money';
import { uuidSchema } from '../../schemas/common';
import type { Invoice, InvoiceLine } from '../../schemas/invoice';
import { computeTotals } from '../order/compute-totals';
import { netMatchingGross } from '../vat/vat-inclusive-prices';
import { legalMentionsFor } from './invoice-legal-mentions';
import { invoiceLanguageOf } from './invoice-texts';
import type { InvoiceNumberAllocation } from './invoice-series';

/** What a refund gives back: items (by quantity), the shipping, and/or a gross amount in cents. */
export const creditNoteRefundSchema = z
  .object({
    items: z.array(z.object({ orderItemId: uuidSchema, quantity: z.number().int().positive() })).default([]),
    includeShipping: z.boolean().default(false),
    /** Gross amount (VAT included) refunded beyond the items, spread over the invoice's rates. */
    amount: z.number().int().positive().optional(),
    reason: z.string().trim().min(1).max(500),
  })
  .refine((refund) => refund.items.length > 0 || refund.includeShipping || refund.amount !== undefined, {
    message: 'A credit note needs items, shipping or an amount',
  });
export type CreditNoteRefund = z.infer<typeof creditNoteRefundSchema>;

export interface BuildCreditNoteInput {
  original: Invoice;
  /** Credit notes already issued against `original` (to stop crediting more than was invoiced). */
  previousCreditNotes: readonly Invoice[];
  refund: CreditNoteRefund;
  allocation: InvoiceNumberAllocation;
  id: string;
  issueDate: string;
  deviceId: string;
  now: string;
}

/** Builds a credit note (negative amounts) correcting `original` for a refund by items and/or amount. */
export function buildCreditNote(input: BuildCreditNoteInput): Invoice {
  const { original, allocation } = input;
  if (original.kind !== 'invoice')
    refuse('Only an invoice can be corrected by a credit note', 'not_an_invoice');
  if (!allocation.series.startsWith('CN-'))
    refuse('A credit note takes a number from a CN- series', 'wrong_series');
  const previous = input.previousCreditNotes.filter((note) => note.correctsInvoiceId === original.id);
  const lines = creditLines(original, previous, input.refund);
  const totals = computeTotals(lines.map((line) => ({ net: line.lineNet, vatRate: line.vatRate })));
  assertNotOverCredited(original, previous, totals.gross);
  return {
    ...original,
    id: input.id,
    kind: 'credit_note',
    correctsInvoiceId: original.id,
    correctsInvoiceNumber: original.number,
    correctsInvoiceIssueDate: original.issueDate,
    number: allocation.number,
    series: allocation.series,
    sequence: allocation.sequence,
    issueDate: input.issueDate,
    dueDate: input.issueDate,
    paymentTermsDays: 0,
    lines,
    vatBreakdown: totals.byRate,
    totals: { net: totals.net, vat: totals.vat, gross: totals.gross },
    paidAmount: 0,
    legalMentions: creditNoteMentions(original, input.issueDate),
    reason: input.refund.reason,
    deviceId: input.deviceId,
    createdAt: input.now,
  };
}

function creditLines(
  original: Invoice,
  previous: readonly Invoice[],
  refund: CreditNoteRefund,
): InvoiceLine[] {
  return [
    ...refund.items.map((item) => creditedItemLine(original, previous, item.orderItemId, item.quantity)),
    ...(refund.includeShipping ? creditedShippingLines(original, previous) : []),
    ...(refund.amount === undefined ? [] : amountLines(original, refund.amount)),
  ];
}

function creditNoteMentions(original: Invoice, issueDate: string): string[] {
  return legalMentionsFor({
    vatTreatment: original.vatTreatment,
    sellerVatNumber: original.seller.vatNumber,
    buyerVatNumber: original.buyer.vatNumber,
    issueDate,
    supplyDate: original.supplyDate,
    corrects: { number: original.number, issueDate: original.issueDate },
    language: invoiceLanguageOf(original.language),
  });
}

function refuse(message: string, reason: string, details: Record<string, unknown> = {}): never {
  throw new DomainError('BUSINESS_RULE', message, { details: { reason, ...details } });
}

function creditedSoFar(
  previous: readonly Invoice[],
  match: (line: InvoiceLine) => boolean,
): { quantity: number; net: number } {
  const lines = previous.flatMap((note) => note.lines.filter(match));
  return {
    quantity: -lines.reduce((sum, l) => sum + l.quantity, 0),
    net: -lines.reduce((sum, l) => sum + l.lineNet, 0),
  };
}

function creditedItemLine(
  original: Invoice,
  previous: readonly Invoice[],
  orderItemId: string,
  quantity: number,
): InvoiceLine {
  const line = original.lines.find((l) => l.kind === 'item' && l.orderItemId === orderItemId);
  if (!line)
    refuse(`Item ${orderItemId} is not on invoice ${original.number}`, 'unknown_item', { orderItemId });
  const credited = creditedSoFar(previous, (l) => l.kind === 'item' && l.orderItemId === orderItemId);
  const remaining = line.quantity - credited.quantity;
  if (quantity > remaining) {
    refuse(`Only ${remaining} of "${line.description}" can still be credited`, 'quantity_exceeds_invoiced', {
      orderItemId,
      remaining,
    });
  }
  // The last credit takes exactly what is left, so crediting everything cancels the invoice to the cent.
  const net =
    quantity === remaining
      ? line.lineNet - credited.net
      : roundHalfAwayFromZero((line.lineNet * quantity) / line.quantity);
  return { ...line, quantity: -quantity, lineNet: -net };
}

function creditedShippingLines(original: Invoice, previous: readonly Invoice[]): InvoiceLine[] {
  const shipping = original.lines.filter((l) => l.kind === 'shipping');
  if (shipping.length === 0) refuse(`Invoice ${original.number} has no shipping to credit`, 'no_shipping');
  if (creditedSoFar(previous, (l) => l.kind === 'shipping').quantity > 0)
    refuse('Shipping was already credited', 'shipping_already_credited');
  return shipping.map((line) => ({ ...line, quantity: -line.quantity, lineNet: -line.lineNet }));
}

/** Spreads a gross amount over the invoice's rates in proportion to their gross (largest remainder). */
function amountLines(original: Invoice, amount: number): InvoiceLine[] {
  const rows = original.vatBreakdown.filter((row) => row.net + row.vat > 0);
  const grossTotal = rows.reduce((sum, row) => sum + row.net + row.vat, 0);
  if (grossTotal <= 0) refuse(`Invoice ${original.number} has nothing to credit`, 'nothing_to_credit');
  const shares = rows.map((row) => (amount * (row.net + row.vat)) / grossTotal);
  const floors = shares.map(Math.floor);
  let left = amount - floors.reduce((sum, value) => sum + value, 0);
  const order = shares
    .map((share, index) => ({ index, fraction: share - Math.floor(share) }))
    .sort((a, b) => b.fraction - a.fraction);
  for (const { index } of order) if (left-- > 0) floors[index] = (floors[index] ?? 0) + 1;
  return rows.flatMap((row, index) => {
    const gross = floors[index] ?? 0;
    if (gross === 0) return [];
    const net = netMatchingGross(gross, row.rate);
    return [adjustmentLine(row.rate, net)];
  });
}

function adjustmentLine(rate: number, net: number): InvoiceLine {
  return {
    orderItemId: null,
    kind: 'adjustment',
    description: rate === 0 ? 'Refund' : `Refund (VAT ${rate} %)`,
    sku: null,
    gtin: null,
    quantity: -1,
    unitPriceNet: net,
    vatRate: rate,
    vatCategory: null,
    lineNet: -net,
  };
}

function assertNotOverCredited(original: Invoice, previous: readonly Invoice[], gross: number): void {
  const creditedGross = previous.reduce((sum, note) => sum - note.totals.gross, 0);
  const remaining = original.totals.gross - creditedGross;
  if (-gross > remaining) {
    refuse(
      `Credit of ${-gross} exceeds the ${remaining} still open on invoice ${original.number}`,
      'exceeds_invoice',
      { remaining },
    );
  }
}
