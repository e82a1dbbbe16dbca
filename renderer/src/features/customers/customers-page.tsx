import { useCallback } from 'react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useUrlState } from '../../app/use-url-state';
import { useEnumLabel } from '../../i18n/enum-label';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
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
  const needle = query.trim().toLowerCase();
  const shown =
    needle === ''
      ? rows
      : rows.filter(({ customer }) => `${customer.name} ${customer.email}`.toLowerCase().includes(needle));
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
        <table className="clickable-rows" data-testid="customers-table">
          <thead>
            <tr>
              <th>{t('column.customer')}</th>
              <th>{t('column.type')}</th>
              <th className="num">{t('column.orders')}</th>
              <th className="num">{t('column.spent')}</th>
              <th className="num">{t('column.average')}</th>
              <th>{t('column.first')}</th>
              <th>{t('column.last')}</th>
              <th className="num">{t('column.cancelled')}</th>
              <th className="num">{t('column.refunded')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ customer, stats }) => (
              <tr
                key={customer.id}
                tabIndex={0}
                data-testid={`customer-row-${customer.email}`}
                onClick={() =>
                  void navigate({ to: '/customers/$customerId', params: { customerId: customer.id } })
                }
                onKeyDown={(event) => {
                  if (event.key === 'Enter')
                    void navigate({ to: '/customers/$customerId', params: { customerId: customer.id } });
                }}
              >
                <td>
                  <Link to="/customers/$customerId" params={{ customerId: customer.id }} tabIndex={-1}>
                    <strong>{customer.name}</strong>
                  </Link>
                  <div className="muted">{customer.email}</div>
                </td>
                <td>{label('customerType', customer.type)}</td>
                <td className="num">{stats?.orderCount ?? 0}</td>
                <td className="num">{stats ? fmt.money(stats.totalSpentGross, stats.currency) : '—'}</td>
                <td className="num">
                  {stats ? fmt.money(stats.averageOrderValueGross, stats.currency) : '—'}
                </td>
                <td>{stats?.firstOrderAt ? fmt.dateTime(stats.firstOrderAt) : '—'}</td>
                <td>{stats?.lastOrderAt ? fmt.dateTime(stats.lastOrderAt) : '—'}</td>
                <td className="num">{stats?.cancelledCount ?? 0}</td>
                <td className="num">
                  {stats && stats.refundedTotal > 0 ? fmt.money(stats.refundedTotal, stats.currency) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && needle !== '' && <p className="muted pad">{t('empty', { query })}</p>}
      </div>
    </section>
  );
}
