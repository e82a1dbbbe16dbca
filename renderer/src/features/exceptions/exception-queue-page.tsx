import { useMemo, useState } from 'react';
import type { ExceptionStatus } from '../../../../shared/schemas/order-exception';
import { normalizeGtin } from '../../../../shared/domain/exceptions/gtin';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { useExceptionQueue, type QueueException } from './exception-queries';
import { ExceptionRow } from './exception-row';

const statuses: { value: ExceptionStatus; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'ignored', label: 'Ignored' },
];
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
  const { items, loading } = useExceptionQueue();
  const [status, setStatus] = useState<ExceptionStatus>('open');
  const [gtin, setGtin] = useState('');
  const [marketplace, setMarketplace] = useState('');
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
        <h2>Exceptions</h2>
        <div className="tabs" role="tablist" aria-label="Exception status">
          {statuses.map((s) => (
            <button
              key={s.value}
              type="button"
              role="tab"
              aria-selected={status === s.value}
              className={status === s.value ? 'tab active' : 'tab'}
              data-testid={`exceptions-count-${s.value}`}
              onClick={() => setStatus(s.value)}
            >
              {s.label} <span className="count">{counts[s.value]}</span>
            </button>
          ))}
        </div>
        <input
          type="search"
          placeholder="Filter by GTIN"
          aria-label="Filter by GTIN"
          value={gtin}
          onChange={(e) => setGtin(e.target.value)}
        />
        <select
          aria-label="Filter by marketplace"
          value={marketplace}
          onChange={(e) => setMarketplace(e.target.value)}
        >
          <option value="">All marketplaces</option>
          {marketplaces.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <a href="#/import" className="push-right">
          Import feed…
        </a>
      </div>
      <p className="muted">
        Marketplace items whose GTIN matched no catalog product. An order cannot ship or be invoiced while one
        of its items is open here.
      </p>
      <div className="card flush">
        <table className="exception-table" aria-label="Exceptions">
          <thead>
            <tr>
              <th>Order</th>
              <th>Marketplace</th>
              <th>GTIN</th>
              <th>Marketplace title</th>
              <th className="num">Qty</th>
              <th className="num">Unit price</th>
              <th>State</th>
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
            Nothing here.
          </p>
        )}
        {visible.length > MAX_ROWS && (
          <p className="muted pad">
            Showing the first {MAX_ROWS} of {visible.length}; narrow the filter to see more.
          </p>
        )}
      </div>
    </section>
  );
}
