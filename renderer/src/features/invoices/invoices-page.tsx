import { Link } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useUrlState } from '../../app/use-url-state';
import { useInvoices } from './invoice-hooks';
import { InvoiceRowActions } from './invoice-row-actions';
import { BulkPrintButton } from './bulk-print-button';
import { useEnumLabel } from '../../i18n/enum-label';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { OssThresholdBanner } from './oss-threshold-banner';

/** Every invoice and credit note on this workstation, searchable; the listed (or ticked) ones print as one PDF. */
export function InvoicesPage() {
  const rows = useInvoices();
  const t = useT('invoices');
  const label = useEnumLabel();
  const fmt = useFormat();
  const navigate = useNavigate({ from: '/invoices' });
  const writeSearch = useCallback(
    (next: { q?: string | undefined }) => void navigate({ search: next, replace: true }),
    [navigate],
  );
  const [{ q: query = '' }, setSearch] = useUrlState({ q: useSearch({ from: '/invoices' }).q }, writeSearch);
  const setQuery = (q: string): void => setSearch({ q });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q.length === 0
      ? rows
      : rows.filter(({ invoice }) =>
          `${invoice.number} ${invoice.orderNumber} ${invoice.buyer.name}`.toLowerCase().includes(q),
        );
  }, [rows, query]);
  const toPrint = selected.size > 0 ? filtered.filter((row) => selected.has(row.invoice.id)) : filtered;
  const toggle = (id: string): void =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section className="page">
      <h1>{t('title')}</h1>
      <OssThresholdBanner />
      <div className="actions">
        <input
          type="search"
          placeholder={t('searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={t('search')}
        />
        <BulkPrintButton
          invoices={toPrint.map((row) => row.invoice)}
          label={selected.size > 0 ? t('printSelected') : t('printListed')}
        />
      </div>
      {filtered.length === 0 ? (
        <p className="muted">{rows.length === 0 ? t('none') : t('noMatch', { query })}</p>
      ) : (
        <table data-testid="invoices-table">
          <thead>
            <tr>
              <th />
              <th>{t('column.number')}</th>
              <th>{t('column.order')}</th>
              <th>{t('column.customer')}</th>
              <th>{t('column.issued')}</th>
              <th>{t('column.vat')}</th>
              <th className="num">{t('column.total')}</th>
              <th>{t('column.state')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {filtered.map(({ invoice, synced }) => (
              <tr key={invoice.id}>
                <td>
                  <input
                    type="checkbox"
                    checked={selected.has(invoice.id)}
                    onChange={() => toggle(invoice.id)}
                    aria-label={t('select', { number: invoice.number })}
                  />
                </td>
                <td>
                  {invoice.kind === 'credit_note'
                    ? t('creditNoteSuffix', { number: invoice.number })
                    : invoice.number}
                </td>
                <td>
                  <Link to="/orders/$orderId" params={{ orderId: invoice.orderId }}>
                    #{invoice.orderNumber}
                  </Link>
                </td>
                <td>{invoice.buyer.name}</td>
                <td>{fmt.date(invoice.issueDate)}</td>
                <td>{label('vatTreatment', invoice.vatTreatment)}</td>
                <td className="num">{fmt.money(invoice.totals.gross, invoice.currency)}</td>
                <td>{synced ? t('state.synced') : t('state.waiting')}</td>
                <td>
                  <InvoiceRowActions invoice={invoice} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
