import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { ColumnDef } from '../../app/data-table';
import type { EnumLabel } from '../../i18n/enum-label';
import type { Formatters } from '../../i18n/format';
import type { CustomerWithStats } from './use-customer-stats';

/** Columns of the customer list: name and e-mail, type, then the order statistics ("—" before the server has them). */
export function customerColumns({
  t,
  fmt,
  label,
}: {
  t: TFunction<'customers'>;
  fmt: Formatters;
  label: EnumLabel;
}): ColumnDef<CustomerWithStats, unknown>[] {
  const num = { className: 'num' };
  return [
    {
      id: 'customer',
      header: t('column.customer'),
      cell: ({ row: { original } }) => (
        <>
          <Link to="/customers/$customerId" params={{ customerId: original.customer.id }} tabIndex={-1}>
            <strong>{original.customer.name}</strong>
          </Link>
          <div className="muted">{original.customer.email}</div>
        </>
      ),
    },
    {
      id: 'type',
      header: t('column.type'),
      cell: ({ row }) => label('customerType', row.original.customer.type),
    },
    {
      id: 'orders',
      header: t('column.orders'),
      meta: num,
      cell: ({ row }) => row.original.stats?.orderCount ?? 0,
    },
    {
      id: 'spent',
      header: t('column.spent'),
      meta: num,
      cell: ({ row: { original } }) =>
        original.stats ? fmt.money(original.stats.totalSpentGross, original.stats.currency) : '—',
    },
    {
      id: 'average',
      header: t('column.average'),
      meta: num,
      cell: ({ row: { original } }) =>
        original.stats ? fmt.money(original.stats.averageOrderValueGross, original.stats.currency) : '—',
    },
    {
      id: 'first',
      header: t('column.first'),
      cell: ({ row: { original } }) =>
        original.stats?.firstOrderAt ? fmt.dateTime(original.stats.firstOrderAt) : '—',
    },
    {
      id: 'last',
      header: t('column.last'),
      cell: ({ row: { original } }) =>
        original.stats?.lastOrderAt ? fmt.dateTime(original.stats.lastOrderAt) : '—',
    },
    {
      id: 'cancelled',
      header: t('column.cancelled'),
      meta: num,
      cell: ({ row }) => row.original.stats?.cancelledCount ?? 0,
    },
    {
      id: 'refunded',
      header: t('column.refunded'),
      meta: num,
      cell: ({ row: { original } }) =>
        original.stats && original.stats.refundedTotal > 0
          ? fmt.money(original.stats.refundedTotal, original.stats.currency)
          : '—',
    },
  ];
}
