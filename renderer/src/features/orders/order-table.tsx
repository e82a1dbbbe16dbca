import { useEffect, type ReactNode, type RefObject } from 'react';
import type { Table } from '@tanstack/react-table';
import type { VirtualItem, Virtualizer } from '@tanstack/react-virtual';
import type { OrderSearchEntry } from '../../../../shared/domain/order/order-search';
import { useNavigate } from '@tanstack/react-router';
import { useT } from '../../i18n/use-t';

interface Props {
  table: Table<OrderSearchEntry>;
  /** The virtualiser's items for the table's rows, one for one. */
  items: readonly VirtualItem[];
  /** Number of orders matching the filter (the grid's row count without the header). */
  rowCount: number;
  cursor: number;
  /** A row took the focus (Tab, click): the keyboard cursor follows it. */
  onCursor: (index: number) => void;
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
}

/** A header or cell template called here, not mounted (see `renderTemplate` in app/data-table). */
function render<C>(template: string | ((context: C) => ReactNode) | undefined, context: C): ReactNode {
  return typeof template === 'function' ? template(context) : template;
}

function ariaSort(sorted: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
}

/** The virtualised, sortable order table with a checkbox per row and a keyboard cursor. */
export function OrderTable({ table, items, rowCount, cursor, onCursor, scrollRef, virtualizer }: Props) {
  const t = useT('orders');
  const navigate = useNavigate();
  // One grid for assistive technology: the header row and the rendered rows, with the full row count
  // and each row's position, since only the rows in view exist in the page.
  // Roving focus: while a row has the focus, the focus follows the cursor (arrows, j / k) once it is drawn.
  useEffect(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active.dataset.rowIndex === undefined) return;
    if (active.dataset.rowIndex === String(cursor)) return;
    scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${cursor}"]`)?.focus();
  });
  const rows = table.getRowModel().rows;
  return (
    <div
      className="order-grid"
      role="grid"
      aria-label={t('list.table')}
      aria-rowcount={rowCount + 1}
      aria-multiselectable="true"
    >
      <div role="rowgroup">
        {table.getHeaderGroups().map((group) => (
          <div key={group.id} role="row" aria-rowindex={1} className="table-head order-row selectable">
            {group.headers.map((header) => {
              const { column } = header;
              const content = render(column.columnDef.header, header.getContext());
              if (!column.getCanSort()) {
                return (
                  <span key={header.id} role="columnheader">
                    {content}
                  </span>
                );
              }
              const sorted = column.getIsSorted();
              const num = column.columnDef.meta?.className === 'num';
              return (
                <span
                  key={header.id}
                  role="columnheader"
                  aria-sort={ariaSort(sorted)}
                  className={num ? 'num' : undefined}
                >
                  <button
                    type="button"
                    className={`sort-head${num ? ' num' : ''}`}
                    onClick={column.getToggleSortingHandler()}
                  >
                    {content}
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </span>
              );
            })}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className="table-scroll" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {rows.map((row, i) => {
            const item = items[i];
            if (!item) return null;
            const { order } = row.original;
            const selected = row.getIsSelected();
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                tabIndex={item.index === cursor ? 0 : -1}
                data-row-index={item.index}
                onFocus={() => onCursor(item.index)}
                data-testid={`order-row-${order.number}`}
                className={`order-row selectable table-row${item.index === cursor ? ' cursor' : ''}${selected ? ' selected' : ''}`}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: item.size,
                  transform: `translateY(${item.start}px)`,
                }}
                onClick={() => void navigate({ to: '/orders/$orderId', params: { orderId: order.id } })}
              >
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  return (
                    <span
                      key={cell.id}
                      role="gridcell"
                      className={meta?.className}
                      title={meta?.cellTitle?.(row.original)}
                      onClick={cell.column.id === 'select' ? (e) => e.stopPropagation() : undefined}
                    >
                      {render(cell.column.columnDef.cell, cell.getContext())}
                    </span>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
