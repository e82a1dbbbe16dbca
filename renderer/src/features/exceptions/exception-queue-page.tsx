import { Link } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useUrlState } from '../../app/use-url-state';
import type { z } from 'zod';
import type { exceptionSearchSchema } from '../../app/routes';
import type { ExceptionStatus } from '../../../../shared/schemas/order-exception';
import { normalizeGtin } from '../../../../shared/domain/exceptions/gtin';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { useExceptionQueue, type QueueException } from './exception-queries';
import { ExceptionRow } from './exception-row';
import { useEnumLabel } from '../../i18n/enum-label';
import { useT } from '../../i18n/use-t';

type ExceptionSearch = z.infer<typeof exceptionSearchSchema>;

const statuses: readonly ExceptionStatus[] = ['open', 'resolved', 'ignored'];
const MAX_ROWS = 300;

function matchesGtin(item: QueueException, gtinFilter: string): boolean {
  const q = gtinFilter.replace(/[\s-]/g, '');
  if (q === '') return true;
  const full = normalizeGtin(q);
  return full.ok ? item.exception.gtin === full.gtin14 : item.exception.gtin.includes(q);
}

/** The exception queue: counts by status, GTIN / marketplace filters, resolve, ignore and bulk resolve. */
export function ExceptionQueuePage() {
  const { session } = useData();
  const t = useT('exceptions');
  const label = useEnumLabel();
  const { items, loading } = useExceptionQueue();
  const navigate = useNavigate({ from: '/exceptions' });
  const writeSearch = useCallback(
    (next: ExceptionSearch) => void navigate({ search: next, replace: true }),
    [navigate],
  );
  const [search, setSearch] = useUrlState<ExceptionSearch>(useSearch({ from: '/exceptions' }), writeSearch);
  const { status = 'open', gtin = '', marketplace = '' } = search;
  const setStatus = (next: ExceptionStatus): void =>
    setSearch({ ...search, status: next === 'open' ? undefined : next });
  const setGtin = (next: string): void => setSearch({ ...search, gtin: next });
  const setMarketplace = (next: string): void => setSearch({ ...search, marketplace: next });
  const canEdit = hasPermission(session.user, 'orders.edit');
  const marketplaces = useMemo(() => [...new Set(items.map((i) => i.exception.marketplace))].sort(), [items]);
  const filtered = useMemo(
    () =>
      items.filter(
        (i) => matchesGtin(i, gtin) && (marketplace === '' || i.exception.marketplace === marketplace),
      ),
    [items, gtin, marketplace],
  );
  const counts = useMemo(() => {
    const result: Record<ExceptionStatus, number> = { open: 0, resolved: 0, ignored: 0 };
    for (const item of filtered) result[item.exception.status] += 1;
    return result;
  }, [filtered]);
  const visible = filtered.filter((i) => i.exception.status === status);
  const openByGtin = useMemo(() => {
    const result = new Map<string, number>();
    for (const { exception, pending } of items) {
      if (exception.status === 'open' && pending === null)
        result.set(exception.gtin, (result.get(exception.gtin) ?? 0) + 1);
    }
    return result;
  }, [items]);

  return (
    <section className="page">
      <div className="toolbar">
        <h1>{t('title')}</h1>
        <div className="tabs" role="tablist" aria-label={t('statusTabs')}>
          {statuses.map((value) => (
            <button
              key={value}
              type="button"
              role="tab"
              aria-selected={status === value}
              className={status === value ? 'tab active' : 'tab'}
              data-testid={`exceptions-count-${value}`}
              onClick={() => setStatus(value)}
            >
              {label('exceptionStatus', value)} <span className="count">{counts[value]}</span>
            </button>
          ))}
        </div>
        <input
          type="search"
          placeholder={t('filterGtin')}
          aria-label={t('filterGtin')}
          value={gtin}
          onChange={(e) => setGtin(e.target.value)}
        />
        <select
          aria-label={t('filterMarketplace')}
          value={marketplace}
          onChange={(e) => setMarketplace(e.target.value)}
        >
          <option value="">{t('allMarketplaces')}</option>
          {marketplaces.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <Link to="/import" className="push-right">
          {t('importFeed')}
        </Link>
      </div>
      <p className="muted">{t('intro')}</p>
      <div className="card flush">
        <table className="exception-table" aria-label={t('table')}>
          <thead>
            <tr>
              <th>{t('column.order')}</th>
              <th>{t('column.marketplace')}</th>
              <th>{t('column.gtin')}</th>
              <th>{t('column.title')}</th>
              <th className="num">{t('column.quantity')}</th>
              <th className="num">{t('column.unitPrice')}</th>
              <th>{t('column.state')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {visible.slice(0, MAX_ROWS).map((item) => (
              <ExceptionRow
                key={item.exception.id}
                item={item}
                canEdit={canEdit}
                sameGtinCount={openByGtin.get(item.exception.gtin) ?? 0}
              />
            ))}
          </tbody>
        </table>
        {!loading && visible.length === 0 && (
          <p className="muted pad" data-testid="exceptions-empty">
            {t('empty')}
          </p>
        )}
        {visible.length > MAX_ROWS && (
          <p className="muted pad">{t('moreRows', { max: MAX_ROWS, count: visible.length })}</p>
        )}
      </div>
    </section>
  );
}
