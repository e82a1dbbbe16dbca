import { useState } from 'react';
import { formatMoney } from '../../../../shared/money';
import { activeInvoiceOf } from '../../../../shared/domain/invoicing/active-invoice';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import type { Order } from '../../../../shared/schemas/order';
import { useData } from '../../data/data-context';
import { useOutbox } from '../../data/order-hooks';
import { useInvoices } from './invoice-hooks';
import { InvoiceRowActions } from './invoice-row-actions';
import { issueInvoiceLocally } from './issue-invoice-locally';

/** Why the order cannot be invoiced now, or undefined when it can. */
function blockedReason(order: Order, invoiced: string | undefined): string | undefined {
  if (invoiced) return `Already invoiced (${invoiced}); issue a credit note to correct it`;
  if (order.openExceptionCount > 0)
    return `Resolve the ${order.openExceptionCount} open item exception(s) before invoicing`;
  if (order.status === 'cancelled') return 'A cancelled order cannot be invoiced';
  return undefined;
}

/** The order's invoices and credit notes with Print / Save PDF, and "Issue invoice" (works offline). */
export function OrderInvoicesPanel({ order }: { order: Order }) {
  const data = useData();
  const invoices = useInvoices(order.id);
  const rejected = useOutbox().filter(
    (entry) =>
      entry.type === 'invoice.issue' && entry.status === 'rejected' && entry.payload.orderId === order.id,
  );
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const rejectedIds = new Set(rejected.map((entry) => entry.payload.invoiceId));
  const active = activeInvoiceOf(
    invoices.filter((row) => !rejectedIds.has(row.invoice.id)).map((row) => row.invoice),
  );
  const reason = blockedReason(order, active?.number);
  const canIssue = hasPermission(data.session.user, 'orders.edit');
  const issue = async (): Promise<void> => {
    setBusy(true);
    const result = await issueInvoiceLocally(data, order);
    setBusy(false);
    setError(result.ok ? undefined : result.error.message);
  };
  return (
    <div className="card" data-testid="order-invoices">
      <h3>Invoices</h3>
      {canIssue && (
        <p className="actions">
          <button
            type="button"
            disabled={busy || reason !== undefined}
            title={reason}
            onClick={() => void issue()}
            data-testid="issue-invoice"
          >
            Issue invoice
          </button>
          {reason && !active && (
            <span className="muted" data-testid="issue-blocked">
              {' '}
              {reason}
            </span>
          )}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {rejected.map((entry) => (
        <p key={entry.id} className="error" role="alert">
          Rejected by the server: {entry.summary} — {entry.error?.message}
        </p>
      ))}
      {invoices.length === 0 ? (
        <p className="muted">No invoice yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Number</th>
              <th>Kind</th>
              <th>Issued</th>
              <th className="num">Total</th>
              <th>State</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {invoices.map(({ invoice, synced }) => (
              <tr key={invoice.id} data-testid="invoice-row">
                <td data-testid="invoice-number">{invoice.number}</td>
                <td>
                  {invoice.kind === 'credit_note'
                    ? `Credit note for ${invoice.correctsInvoiceNumber ?? ''}`
                    : 'Invoice'}
                </td>
                <td>{invoice.issueDate}</td>
                <td className="num">{formatMoney(invoice.totals.gross, invoice.currency)}</td>
                <td data-testid="invoice-state">
                  {synced ? 'Synced' : rejectedIds.has(invoice.id) ? 'Rejected' : 'Waiting to sync'}
                </td>
                <td>
                  <InvoiceRowActions invoice={invoice} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
