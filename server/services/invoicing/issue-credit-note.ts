import { isDomainError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { buildCreditNote, type CreditNoteRefund } from '../../../shared/domain/invoicing/build-credit-note';
import type { InvoiceNumberAllocation } from '../../../shared/domain/invoicing/invoice-series';
import type { Invoice } from '../../../shared/schemas/invoice';
import type { Order, OrderRefund } from '../../../shared/schemas/order';
import type { StaffUser } from '../../../shared/schemas/user';
import {
  CREDIT_NOTE_ISSUED_EVENT,
  refundsAwaitingCreditNote,
} from '../../../shared/domain/invoicing/refunds-awaiting-credit-note';
import type { WriteScope } from '../../db/write-scope';
import { loadOrder } from '../load-order';
import { loadStoreIn } from './invoice-settings-store';
import { activeInvoiceOf, listOrderInvoicesIn } from './invoice-queries';
import { allocateServerNumber, recordInvoiceNumber } from './invoice-series-store';
import { appendOrderEvents } from './issue-invoice';
import { storeDate, storeYear } from '../../../shared/dates/store-date';
import { storeTimeZone } from '../store-time-zone';

/** The server's own series code (REST, automatic issuance, credit notes for refunds). */
export const SERVER_DEVICE_CODE = 'SRV';

function refundVariants(refund: OrderRefund): CreditNoteRefund[] {
  const byAmount: CreditNoteRefund = {
    items: [],
    includeShipping: false,
    amount: refund.amount,
    reason: refund.reason,
  };
  if (refund.items.length === 0) return [byAmount];
  return [{ items: refund.items, includeShipping: false, reason: refund.reason }, byAmount];
}

function tryBuild(
  original: Invoice,
  previous: readonly Invoice[],
  refund: OrderRefund,
  allocation: InvoiceNumberAllocation,
  now: string,
  issueDate: string,
): Invoice {
  let fallback: Invoice | undefined;
  let lastError: unknown;
  for (const variant of refundVariants(refund)) {
    try {
      const note = buildCreditNote({
        original,
        previousCreditNotes: previous,
        refund: variant,
        allocation,
        id: newId(),
        issueDate,
        deviceId: SERVER_DEVICE_CODE,
        now,
      });
      // Items when they credit exactly what was refunded; otherwise the refunded amount over the rates.
      if (-note.totals.gross === refund.amount) return note;
      fallback = note;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      lastError = error;
    }
  }
  if (fallback) return fallback;
  throw lastError;
}

/**
 * Issues the credit note for a refund recorded on `order` (inside the refund's transaction), from the
 * server's CN series, referencing the order's invoice; when it cannot, the order's timeline says why.
 */
export async function issueCreditNoteForRefund(
  scope: WriteScope,
  user: StaffUser,
  order: Order,
  refund: OrderRefund,
  now: string,
): Promise<Invoice | undefined> {
  const documents = await listOrderInvoicesIn(scope, order.id);
  const original = activeInvoiceOf(documents);
  const actor = { userId: user.id, userName: user.name, deviceId: SERVER_DEVICE_CODE, commandId: null };
  if (!original) return undefined;
  const store = await loadStoreIn(scope, user.storeId);
  // the credit note's date and number year are the store's, as for invoices (Art. 226: the seller's date)
  const timeZone = await storeTimeZone(scope.tx, user.storeId);
  const allocation = await allocateServerNumber(scope, user.storeId, {
    kind: 'credit_note',
    storeCode: store.code,
    deviceCode: SERVER_DEVICE_CODE,
    year: storeYear(now, timeZone),
  });
  const previous = documents.filter((doc) => doc.kind === 'credit_note');
  let note: Invoice;
  try {
    note = tryBuild(original, previous, refund, allocation, now, storeDate(now, timeZone));
  } catch (error) {
    if (!isDomainError(error)) throw error;
    appendOrderEvents(
      scope,
      order,
      [
        {
          ...actor,
          type: 'credit_note_needed',
          message: `No credit note could be issued for the refund: ${error.message}`,
          data: { refundId: refund.id },
        },
      ],
      now,
    );
    return undefined;
  }
  await recordInvoiceNumber(scope, user.storeId, note);
  scope.putDoc('invoices', { ...note, version: 1 });
  scope.touch('invoices');
  appendOrderEvents(
    scope,
    order,
    [
      {
        ...actor,
        type: CREDIT_NOTE_ISSUED_EVENT,
        message: `Credit note ${note.number} issued for invoice ${original.number}`,
        data: {
          invoiceId: note.id,
          number: note.number,
          correctsInvoiceId: original.id,
          refundId: refund.id,
        },
      },
    ],
    now,
  );
  return note;
}

/**
 * Right after an invoice: a credit note for each refund made before it (the invoice shows the full
 * supply). Returns the order's version after the credit notes' timeline entries.
 */
export async function creditRefundsMadeBeforeInvoice(
  scope: WriteScope,
  user: StaffUser,
  orderId: string,
  now: string,
): Promise<number> {
  let order = await loadOrder(scope, user.storeId, orderId);
  for (const refund of refundsAwaitingCreditNote(order)) {
    await issueCreditNoteForRefund(scope, user, order, refund, now);
    order = await loadOrder(scope, user.storeId, orderId);
  }
  return order.version;
}
