import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { ColumnDef } from '../../app/data-table';
import type { EnumLabel } from '../../i18n/enum-label';
import type { Formatters } from '../../i18n/format';
import type { LocalInvoice } from './invoice-hooks';
import { InvoiceRowActions } from './invoice-row-actions';

/** Columns of the invoice list: tick box (TanStack row selection), invoice, order, buyer, date, VAT, total, sync state, actions. */
export function invoiceColumns({
  t,
  fmt,
  label,
}: {
  t: TFunction<'invoices'>;
  fmt: Formatters;
  label: EnumLabel;
}): ColumnDef<LocalInvoice, unknown>[] {
  return [
    {
      id: 'select',
      cell: ({ row }) => (
        <input
          type="checkbox"
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
          aria-label={t('select', { number: row.original.invoice.number })}
        />
      ),
    },
    {
      id: 'number',
      header: t('column.number'),
      cell: ({ row: { original } }) =>
        original.invoice.kind === 'credit_note'
          ? t('creditNoteSuffix', { number: original.invoice.number })
          : original.invoice.number,
    },
    {
      id: 'order',
      header: t('column.order'),
      cell: ({ row: { original } }) => (
        <Link to="/orders/$orderId" params={{ orderId: original.invoice.orderId }}>
          #{original.invoice.orderNumber}
        </Link>
      ),
    },
    { id: 'customer', header: t('column.customer'), cell: ({ row }) => row.original.invoice.buyer.name },
    { id: 'issued', header: t('column.issued'), cell: ({ row }) => fmt.date(row.original.invoice.issueDate) },
    {
      id: 'vat',
      header: t('column.vat'),
      cell: ({ row }) => label('vatTreatment', row.original.invoice.vatTreatment),
    },
    {
      id: 'total',
      header: t('column.total'),
      meta: { className: 'num' },
      cell: ({ row: { original } }) => fmt.money(original.invoice.totals.gross, original.invoice.currency),
    },
    {
      id: 'state',
      header: t('column.state'),
      cell: ({ row }) => (row.original.synced ? t('state.synced') : t('state.waiting')),
    },
    { id: 'actions', cell: ({ row }) => <InvoiceRowActions invoice={row.original.invoice} /> },
  ];
}
