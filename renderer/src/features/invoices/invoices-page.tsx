import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { DataTable, type RowSelectionState } from '../../app/data-table';
import { useUrlState } from '../../app/use-url-state';
import { useInvoices } from './invoice-hooks';
import { invoiceColumns } from './invoice-columns';
import { filterInvoices, hasSelection, invoicesToPrint } from './invoice-list';
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
  const [selection, setSelection] = useState<RowSelectionState>({});
  const filtered = useMemo(() => filterInvoices(rows, query), [rows, query]);
  const toPrint = invoicesToPrint(filtered, selection);
  const columns = invoiceColumns({ t, fmt, label });
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
          label={hasSelection(selection) ? t('printSelected') : t('printListed')}
        />
      </div>
      {filtered.length === 0 ? (
        <p className="muted">{rows.length === 0 ? t('none') : t('noMatch', { query })}</p>
      ) : (
        <DataTable
          testId="invoices-table"
          className=""
          columns={columns}
          data={filtered}
          getRowId={(row) => row.invoice.id}
          selection={{ state: selection, onChange: setSelection }}
        />
      )}
    </section>
  );
}
