import { useMemo } from 'react';
import { createColumnHelper, type ColumnDef, type RowData } from '@tanstack/react-table';
import type { OrderSearchEntry } from '../../../../shared/domain/order/order-search';
import type { OrderIndex } from '../../data/order-index';
import { useEnumLabel } from '../../i18n/enum-label';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { DraftBadge } from '../manual-orders/draft-panel';
import { StatusBadge } from './status-badge';

declare module '@tanstack/react-table' {
  // Type parameters must match TanStack's own declaration for the merge to apply.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Tooltip of a cell (the order grid's country code shows the country's name). */
    cellTitle?: (row: TData) => string;
  }
}

const column = createColumnHelper<OrderSearchEntry>();

/**
 * The order grid's columns; each sortable column's id is the order index's sort key. A new sort
 * column starts descending, as before. Sorting happens in the index (manual sorting), never here.
 */
export function useOrderColumns(index: OrderIndex): ColumnDef<OrderSearchEntry, unknown>[] {
  const t = useT('orders');
  const label = useEnumLabel();
  const fmt = useFormat();
  return useMemo(
    () =>
      [
        column.display({
          id: 'select',
          enableSorting: false,
          header: () => <span className="visually-hidden">{t('column.select')}</span>,
          cell: ({ row }) => (
            <input
              type="checkbox"
              tabIndex={-1}
              aria-label={t('list.selectOrder', { number: row.original.order.number })}
              checked={row.getIsSelected()}
              onChange={row.getToggleSelectedHandler()}
            />
          ),
        }),
        column.accessor((entry) => entry.order.number, {
          id: 'number',
          header: () => t('column.number'),
          meta: { className: 'strong' },
          cell: ({ row }) => (
            <>
              #{row.original.order.number}
              {index.hasPending(row.original.order.id) && (
                <span className="pending-dot" title={t('list.pendingDot')}>
                  {' '}
                  ●
                </span>
              )}
            </>
          ),
        }),
        column.accessor((entry) => entry.order.createdAt, {
          id: 'createdAt',
          header: () => t('column.createdAt'),
          cell: ({ getValue }) => fmt.dateTime(getValue()),
        }),
        column.accessor((entry) => entry.order.customer.name, {
          id: 'customer',
          header: () => t('column.customer'),
          meta: { className: 'ellipsis' },
          cell: ({ getValue }) => getValue(),
        }),
        column.accessor((entry) => entry.order.shippingAddress.country, {
          id: 'country',
          header: () => t('column.country'),
          meta: { cellTitle: (entry) => fmt.country(entry.order.shippingAddress.country) },
          cell: ({ getValue }) => getValue(),
        }),
        column.accessor((entry) => entry.order.status, {
          id: 'status',
          header: () => t('column.status'),
          cell: ({ row }) => (
            <>
              <StatusBadge status={row.original.order.status} /> <DraftBadge order={row.original.order} />
            </>
          ),
        }),
        column.accessor((entry) => entry.order.paymentStatus, {
          id: 'paymentStatus',
          header: () => t('column.paymentStatus'),
          cell: ({ getValue }) => label('paymentStatus', getValue()),
        }),
        column.accessor((entry) => entry.order.fulfillmentStatus, {
          id: 'fulfillmentStatus',
          header: () => t('column.fulfillmentStatus'),
          cell: ({ getValue }) => label('fulfillmentStatus', getValue()),
        }),
        column.accessor((entry) => entry.order.totals.gross, {
          id: 'total',
          header: () => t('column.total'),
          meta: { className: 'num' },
          cell: ({ row }) => fmt.money(row.original.order.totals.gross, row.original.order.currency),
        }),
      ] as ColumnDef<OrderSearchEntry, unknown>[],
    [t, label, fmt, index],
  );
}
