import { DomainError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { buildInvoice } from '../../../shared/domain/invoicing/build-invoice';
import { verifyIssuedInvoice } from '../../../shared/domain/invoicing/verify-issued-invoice';
import type { InvoiceNumberAllocation, SequenceRange } from '../../../shared/domain/invoicing/invoice-series';
import type { Invoice } from '../../../shared/schemas/invoice';
import type { Order, OrderEvent } from '../../../shared/schemas/order';
import type { StaffUser } from '../../../shared/schemas/user';
import type { WriteScope } from '../../db/write-scope';
import { getInvoiceSettingsIn, loadStoreIn } from './invoice-settings-store';
import { activeInvoiceOf, listOrderInvoicesIn } from './invoice-queries';
import { recordInvoiceNumber } from './invoice-series-store';
import { loadOrder } from '../load-order';

export interface IssueInvoiceParams {
  user: StaffUser;
  orderId: string;
  invoiceId: string;
  allocation: InvoiceNumberAllocation;
  issueDate: string;
  deviceId: string;
  commandId: string | null;
  /** The order version the issuing device saw; a different current version is surfaced as a conflict note. */
  expectedVersion: number | null;
  now: string;
  /** The invoice as the device issued it (document of record); stored as is after verification. */
  issued?: Invoice;
}

/** Appends timeline entries to an order and saves it with a bumped version; returns the new version. */
export function appendOrderEvents(
  scope: WriteScope,
  order: Order,
  events: readonly Omit<OrderEvent, 'id' | 'at'>[],
  now: string,
): number {
  const version = order.version + 1;
  const added = events.map((event): OrderEvent => ({ ...event, id: newId(), at: now }));
  const updated: Order = { ...order, version, updatedAt: now, events: [...order.events, ...added] };
  scope.putDoc('orders', updated);
  scope.touch('orders');
  return version;
}

function gapMessage(series: string, gaps: readonly SequenceRange[]): string {
  const ranges = gaps
    .map((gap) => (gap.from === gap.to ? String(gap.from) : `${gap.from}–${gap.to}`))
    .join(', ');
  return `Invoice series ${series} has a gap (missing ${ranges}); find the missing invoice(s) or document why they were not issued`;
}

/** The issued invoice must be the document the command names: same id, number, date, order and store. */
function assertSameDocument(issued: Invoice, params: IssueInvoiceParams, storeId: string): void {
  const mismatched = [
    issued.id !== params.invoiceId && 'invoiceId',
    issued.orderId !== params.orderId && 'orderId',
    issued.storeId !== storeId && 'storeId',
    issued.kind !== 'invoice' && 'kind',
    issued.number !== params.allocation.number && 'number',
    issued.series !== params.allocation.series && 'series',
    issued.sequence !== params.allocation.sequence && 'sequence',
    issued.issueDate !== params.issueDate && 'issueDate',
  ].filter((field): field is string => field !== false);
  if (mismatched.length === 0) return;
  throw new DomainError('BAD_INPUT', 'The issued invoice does not match the command that carries it', {
    details: { reason: 'issued_invoice_mismatch', fields: mismatched },
    issues: mismatched.map((field) => ({ path: `invoice.${field}`, message: 'Must equal the command' })),
  });
}

/**
 * Issues an invoice inside the caller's write transaction: one non-credited invoice per order (409),
 * no open exceptions (422), number unique in its series (409); a gap or a changed order is recorded
 * on the order's timeline, never dropped.
 */
export async function issueInvoiceInTx(
  scope: WriteScope,
  params: IssueInvoiceParams,
): Promise<{ invoice: Invoice; orderVersion: number }> {
  const { user } = params;
  const order = await loadOrder(scope, user.storeId, params.orderId);
  const existing = await listOrderInvoicesIn(scope, order.id);
  const active = activeInvoiceOf(existing);
  if (active) {
    throw new DomainError('CONFLICT', `Order ${order.number} already has invoice ${active.number}`, {
      details: { reason: 'already_invoiced', invoiceId: active.id, number: active.number },
    });
  }
  const [settings, store] = await Promise.all([
    getInvoiceSettingsIn(scope, user.storeId),
    loadStoreIn(scope, user.storeId),
  ]);
  const build = (): Invoice =>
    buildInvoice({
      order,
      settings,
      store,
      allocation: params.allocation,
      id: params.invoiceId,
      issueDate: params.issueDate,
      deviceId: params.deviceId,
      now: params.now,
    });
  const { issued } = params;
  if (issued) assertSameDocument(issued, params, user.storeId);
  const invoice = issued ?? build();
  const problems = issued ? verifyIssuedInvoice(issued, build) : [];
  const { gaps } = await recordInvoiceNumber(scope, user.storeId, invoice);
  scope.putDoc('invoices', { ...invoice, version: 1, ...(problems.length > 0 ? { problems } : {}) });
  scope.touch('invoices');
  const actor = {
    userId: user.id,
    userName: user.name,
    deviceId: params.deviceId,
    commandId: params.commandId,
  };
  const events: Omit<OrderEvent, 'id' | 'at'>[] = [
    {
      ...actor,
      type: 'invoice_issued',
      message: `Invoice ${invoice.number} issued`,
      data: { invoiceId: invoice.id, number: invoice.number },
    },
  ];
  if (gaps.length > 0)
    events.push({
      ...actor,
      type: 'invoice_series_gap',
      message: gapMessage(invoice.series, gaps),
      data: { series: invoice.series, gaps },
    });
  if (problems.length > 0)
    events.push({
      ...actor,
      type: 'invoice_problem',
      message: `Invoice ${invoice.number} was stored as issued, but it disagrees with this order: ${problems.join('; ')}. Issue a credit note (and a new invoice) to correct it.`,
      data: { invoiceId: invoice.id, number: invoice.number, problems },
    });
  if (params.expectedVersion !== null && params.expectedVersion !== order.version) {
    events.push({
      ...actor,
      type: 'invoice_conflict',
      message: `Invoice ${invoice.number} was issued on a device that saw version ${params.expectedVersion} of this order; it changed meanwhile (now version ${order.version}). The invoice stands; check it and issue a credit note if needed.`,
      data: {
        invoiceId: invoice.id,
        number: invoice.number,
        seenVersion: params.expectedVersion,
        currentVersion: order.version,
      },
    });
  }
  const orderVersion = appendOrderEvents(scope, order, events, params.now);
  return { invoice, orderVersion };
}
