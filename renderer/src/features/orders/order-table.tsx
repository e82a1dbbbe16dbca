import { useEffect, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { OrderSearchEntry, OrderSort, OrderSortKey } from '../../../../shared/domain/order/order-search';
import type { OrderIndex } from '../../data/order-index';
import { useNavigate } from '@tanstack/react-router';
import { StatusBadge } from './status-badge';
import { useEnumLabel } from '../../i18n/enum-label';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import type { Selection } from './use-order-list';
import { DraftBadge } from '../manual-orders/draft-panel';

const columns = [
  'number',
  'createdAt',
  'customer',
  'country',
  'status',
  'paymentStatus',
  'fulfillmentStatus',
  'total',
] as const satisfies readonly OrderSortKey[];

interface Props {
  index: OrderIndex;
  visible: readonly OrderSearchEntry[];
  sort: OrderSort;
  onSort: (key: OrderSortKey) => void;
  selection: Selection;
  onToggle: (id: string) => void;
  cursor: number;
  /** A row took the focus (Tab, click): the keyboard cursor follows it. */
  onCursor: (index: number) => void;
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
}

/** The virtualised, sortable order table with a checkbox per row and a keyboard cursor. */
export function OrderTable({
  index,
  visible,
  sort,
  onSort,
  selection,
  onToggle,
  cursor,
  onCursor,
  scrollRef,
  virtualizer,
}: Props) {
  const t = useT('orders');
  const navigate = useNavigate();
  const label = useEnumLabel();
  const fmt = useFormat();
  const isSelected = (id: string): boolean => selection.mode === 'all' || selection.ids.has(id);
  const sortOf = (key: OrderSortKey): 'ascending' | 'descending' | 'none' =>
    sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  // One grid for assistive technology: the header row and the rendered rows, with the full row count
  // and each row's position, since only the rows in view exist in the page.
  // Roving focus: while a row has the focus, the focus follows the cursor (arrows, j / k) once it is drawn.
  useEffect(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active.dataset.rowIndex === undefined) return;
    if (active.dataset.rowIndex === String(cursor)) return;
    scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${cursor}"]`)?.focus();
  });
  return (
    <div
      className="order-grid"
      role="grid"
      aria-label={t('list.table')}
      aria-rowcount={visible.length + 1}
      aria-multiselectable="true"
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="table-head order-row selectable">
          <span role="columnheader">
            <span className="visually-hidden">{t('column.select')}</span>
          </span>
          {columns.map((key) => (
            <span
              key={key}
              role="columnheader"
              aria-sort={sortOf(key)}
              className={key === 'total' ? 'num' : undefined}
            >
              <button
                type="button"
                className={`sort-head${key === 'total' ? ' num' : ''}`}
                onClick={() => onSort(key)}
              >
                {t(`column.${key}`)}
                <span aria-hidden="true">
                  {sort.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </span>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="table-scroll" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const entry = visible[row.index];
            if (!entry) return null;
            const { order } = entry;
            const selected = isSelected(order.id);
            return (
              <div
                key={order.id}
                role="row"
                aria-rowindex={row.index + 2}
                aria-selected={selected}
                tabIndex={row.index === cursor ? 0 : -1}
                data-row-index={row.index}
                onFocus={() => onCursor(row.index)}
                data-testid={`order-row-${order.number}`}
                className={`order-row selectable table-row${row.index === cursor ? ' cursor' : ''}${selected ? ' selected' : ''}`}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: row.size,
                  transform: `translateY(${row.start}px)`,
                }}
                onClick={() => void navigate({ to: '/orders/$orderId', params: { orderId: order.id } })}
              >
                <span role="gridcell" onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={t('list.selectOrder', { number: order.number })}
                    checked={selected}
                    onChange={() => onToggle(order.id)}
                  />
                </span>
                <span role="gridcell" className="strong">
                  #{order.number}
                  {index.hasPending(order.id) && (
                    <span className="pending-dot" title={t('list.pendingDot')}>
                      {' '}
                      ●
                    </span>
                  )}
                </span>
                <span role="gridcell">{fmt.dateTime(order.createdAt)}</span>
                <span role="gridcell" className="ellipsis">
                  {order.customer.name}
                </span>
                <span role="gridcell" title={fmt.country(order.shippingAddress.country)}>
                  {order.shippingAddress.country}
                </span>
                <span role="gridcell">
                  <StatusBadge status={order.status} /> <DraftBadge order={order} />
                </span>
                <span role="gridcell">{label('paymentStatus', order.paymentStatus)}</span>
                <span role="gridcell">{label('fulfillmentStatus', order.fulfillmentStatus)}</span>
                <span role="gridcell" className="num">
                  {fmt.money(order.totals.gross, order.currency)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
