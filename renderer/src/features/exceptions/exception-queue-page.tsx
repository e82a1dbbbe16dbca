import { Link } from '@tanstack/react-router';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useUrlState } from '../../app/use-url-state';
import type { z } from 'zod';
import type { exceptionSearchSchema } from '../../app/routes';
import type { ExceptionStatus } from '../../../../shared/schemas/order-exception';
import { displayGtin } from '../../../../shared/domain/exceptions/gtin';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { DataTable } from '../../app/data-table';
import { useExceptionQueue, type QueueException } from './exception-queries';
import { exceptionColumns } from './exception-columns';
import {
  closePanel,
  countByStatus,
  filterExceptions,
  isActionable,
  openCountByGtin,
  togglePanel,
  type ExceptionPanel,
} from './exception-list';
import { IgnorePanel } from './ignore-panel';
import { ResolvePanel } from './resolve-panel';
import { useEnumLabel } from '../../i18n/enum-label';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

type ExceptionSearch = z.infer<typeof exceptionSearchSchema>;

const statuses: readonly ExceptionStatus[] = ['open', 'resolved', 'ignored'];
const MAX_ROWS = 300;

/** The exception queue: counts by status, GTIN / marketplace filters, resolve, ignore and bulk resolve. */
export function ExceptionQueuePage() {
  const { session } = useData();
  const t = useT('exceptions');
  const label = useEnumLabel();
  const fmt = useFormat();
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
  const filtered = useMemo(() => filterExceptions(items, gtin, marketplace), [items, gtin, marketplace]);
  const counts = useMemo(() => countByStatus(filtered), [filtered]);
  const visible = filtered.filter((i) => i.exception.status === status);
  const openByGtin = useMemo(() => openCountByGtin(items), [items]);
  const [panels, setPanels] = useState<ReadonlyMap<string, ExceptionPanel>>(new Map());
  const onPanel = (id: string, panel: ExceptionPanel): void =>
    setPanels((current) => togglePanel(current, id, panel));
  const renderPanel = (item: QueueException): ReactNode => {
    const panel = panels.get(item.exception.id);
    if (panel === undefined || !isActionable(item, canEdit)) return null;
    const onDone = (): void => setPanels((current) => closePanel(current, item.exception.id));
    return panel === 'resolve' ? (
      <ResolvePanel
        exception={item.exception}
        sameGtinCount={openByGtin.get(item.exception.gtin) ?? 0}
        onDone={onDone}
      />
    ) : (
      <IgnorePanel exception={item.exception} onDone={onDone} />
    );
  };

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
        <DataTable
          className="exception-table"
          label={t('table')}
          columns={exceptionColumns({ t, fmt, label, canEdit, onPanel })}
          data={visible.slice(0, MAX_ROWS)}
          getRowId={(item) => item.exception.id}
          rowAttributes={({ exception }) => ({
            className: 'exception-row',
            'data-testid': `exception-${exception.id}`,
            'data-gtin': displayGtin(exception.gtin),
          })}
          renderPanel={renderPanel}
        />
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
