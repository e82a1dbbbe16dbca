import { useState } from 'react';
import { activeInvoiceOf } from '../../../../shared/domain/invoicing/active-invoice';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import type { Order } from '../../../../shared/schemas/order';
import { useData } from '../../data/data-context';
import { useOutbox } from '../../data/order-hooks';
import { useInvoices } from './invoice-hooks';
import { InvoiceRowActions } from './invoice-row-actions';
import { issueInvoiceLocally } from './issue-invoice-locally';
import type { TFunction } from 'i18next';
import { useErrorText } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

/** Why the order cannot be invoiced now, or undefined when it can. */
function blockedReason(
  order: Order,
  invoiced: string | undefined,
  t: TFunction<'invoices'>,
): string | undefined {
  if (invoiced) return t('order.blockedInvoiced', { number: invoiced });
  if (order.openExceptionCount > 0) return t('order.blockedExceptions', { count: order.openExceptionCount });
  if (order.status === 'cancelled') return t('order.blockedCancelled');
  return undefined;
}

/** The order's invoices and credit notes with Print / Save PDF, and "Issue invoice" (works offline). */
export function OrderInvoicesPanel({ order }: { order: Order }) {
  const data = useData();
  const t = useT('invoices');
  const fmt = useFormat();
  const errorText = useErrorText();
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
  const reason = blockedReason(order, active?.number, t);
  const canIssue = hasPermission(data.session.user, 'orders.edit');
  const issue = async (): Promise<void> => {
    setBusy(true);
    const result = await issueInvoiceLocally(data, order);
    setBusy(false);
    setError(result.ok ? undefined : errorText(result.error, { currency: order.currency }));
  };
  return (
    <div className="card" data-testid="order-invoices">
      <h3>{t('order.title')}</h3>
      {canIssue && (
        <p className="actions">
          <button
            type="button"
            disabled={busy || reason !== undefined}
            title={reason}
            onClick={() => void issue()}
            data-testid="issue-invoice"
          >
            {t('order.issue')}
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
          {t('order.rejected', {
            summary: entry.summary,
            reason: entry.error ? errorText(entry.error, { currency: order.currency }) : '',
          })}
        </p>
      ))}
      {invoices.length === 0 ? (
        <p className="muted">{t('order.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('column.number')}</th>
              <th>{t('column.kind')}</th>
              <th>{t('column.issued')}</th>
              <th className="num">{t('column.total')}</th>
              <th>{t('column.state')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {invoices.map(({ invoice, synced }) => (
              <tr key={invoice.id} data-testid="invoice-row">
                <td data-testid="invoice-number">{invoice.number}</td>
                <td>
                  {invoice.kind === 'credit_note'
                    ? t('order.creditNoteFor', { number: invoice.correctsInvoiceNumber ?? '' })
                    : t('order.invoice')}
                </td>
                <td>{fmt.date(invoice.issueDate)}</td>
                <td className="num">{fmt.money(invoice.totals.gross, invoice.currency)}</td>
                <td data-testid="invoice-state">
                  {synced
                    ? t('state.synced')
                    : rejectedIds.has(invoice.id)
                      ? t('state.rejected')
                      : t('state.waiting')}
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
