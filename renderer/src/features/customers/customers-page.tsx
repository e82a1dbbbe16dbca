import { useCallback } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { DataTable } from '../../app/data-table';
import { useUrlState } from '../../app/use-url-state';
import { useEnumLabel } from '../../i18n/enum-label';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { customerColumns } from './customer-columns';
import { filterCustomers } from './customer-list';
import { useCustomersWithStats } from './use-customer-stats';
import './customers.css';

/** Customers with their order statistics (replicated, readable offline), searchable by name or e-mail. */
export function CustomersPage() {
  const rows = useCustomersWithStats();
  const t = useT('customers');
  const navigate = useNavigate();
  const fmt = useFormat();
  const label = useEnumLabel();
  const writeSearch = useCallback(
    (next: { q?: string | undefined }) => void navigate({ to: '/customers', search: next, replace: true }),
    [navigate],
  );
  const [{ q: query = '' }, setSearch] = useUrlState({ q: useSearch({ from: '/customers' }).q }, writeSearch);
  const setQuery = (q: string): void => setSearch({ q });
  const shown = filterCustomers(rows, query);
  const open = (customerId: string): void =>
    void navigate({ to: '/customers/$customerId', params: { customerId } });
  return (
    <section className="page customers-page">
      <div className="toolbar">
        <h1>{t('title')}</h1>
        <input
          type="search"
          placeholder={t('searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={t('search')}
        />
        <span className="muted">{t('count', { count: shown.length })}</span>
        <span className="muted small">{t('openHint')}</span>
      </div>
      <div className="card flush">
        <DataTable
          testId="customers-table"
          className="clickable-rows"
          columns={customerColumns({ t, fmt, label })}
          data={shown}
          getRowId={(row) => row.customer.id}
          rowAttributes={({ customer }) => ({
            tabIndex: 0,
            'data-testid': `customer-row-${customer.email}`,
            onClick: () => open(customer.id),
            onKeyDown: (event) => {
              if (event.key === 'Enter') open(customer.id);
            },
          })}
        />
        {shown.length === 0 && query.trim() !== '' && <p className="muted pad">{t('empty', { query })}</p>}
      </div>
    </section>
  );
}
