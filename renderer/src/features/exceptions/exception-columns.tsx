import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { ExceptionResolution } from '../../../../shared/schemas/order-exception';
import { displayGtin } from '../../../../shared/domain/exceptions/gtin';
import type { ColumnDef } from '../../app/data-table';
import type { EnumLabel } from '../../i18n/enum-label';
import type { Formatters } from '../../i18n/format';
import type { QueueException } from './exception-queries';
import { isActionable, type ExceptionPanel } from './exception-list';

/** Who settled the exception and how, in words. */
export function resolutionText(resolution: ExceptionResolution, t: TFunction<'exceptions'>): string {
  if (resolution.reason !== undefined) return t('resolution.ignored', { reason: resolution.reason });
  if (resolution.kind === 'automatic') return t('resolution.automatic');
  const name = resolution.byName ?? t('resolution.staff');
  return t(resolution.kind === 'bulk' ? 'resolution.bulk' : 'resolution.manual', { name });
}

function StateBadge({
  item,
  t,
  label,
}: {
  item: QueueException;
  t: TFunction<'exceptions'>;
  label: EnumLabel;
}) {
  const { exception, pending } = item;
  return pending !== null ? (
    <span className="badge waiting" title={pending}>
      {t('waiting')}
    </span>
  ) : (
    <span className={`badge exception-${exception.status}`}>
      {label('exceptionStatus', exception.status)}
    </span>
  );
}

/** Columns of the exception queue: what the marketplace sent, its state, and the resolve / ignore buttons. */
export function exceptionColumns({
  t,
  fmt,
  label,
  canEdit,
  onPanel,
}: {
  t: TFunction<'exceptions'>;
  fmt: Formatters;
  label: EnumLabel;
  canEdit: boolean;
  /** Opens (or, pressed again, closes) a row's resolve or ignore form. */
  onPanel: (id: string, panel: ExceptionPanel) => void;
}): ColumnDef<QueueException, unknown>[] {
  return [
    {
      id: 'order',
      header: t('column.order'),
      cell: ({ row: { original } }) => (
        <Link to="/orders/$orderId" params={{ orderId: original.exception.orderId }}>
          #{original.exception.orderNumber}
        </Link>
      ),
    },
    {
      id: 'marketplace',
      header: t('column.marketplace'),
      cell: ({ row }) => row.original.exception.marketplace,
    },
    {
      id: 'gtin',
      header: t('column.gtin'),
      cell: ({ row }) => <span className="mono">{displayGtin(row.original.exception.gtin)}</span>,
    },
    {
      id: 'title',
      header: t('column.title'),
      cell: ({ row: { original } }) => (
        <div className="ellipsis" title={original.exception.title}>
          {original.exception.title}
        </div>
      ),
    },
    {
      id: 'quantity',
      header: t('column.quantity'),
      meta: { className: 'num' },
      cell: ({ row }) => row.original.exception.quantity,
    },
    {
      id: 'unitPrice',
      header: t('column.unitPrice'),
      meta: { className: 'num' },
      cell: ({ row: { original } }) => fmt.money(original.exception.unitPrice, original.exception.currency),
    },
    {
      id: 'state',
      header: t('column.state'),
      cell: ({ row }) => <StateBadge item={row.original} t={t} label={label} />,
    },
    {
      id: 'actions',
      cell: ({ row: { original } }) => (
        <div className="row-actions">
          {isActionable(original, canEdit) && (
            <>
              <button type="button" onClick={() => onPanel(original.exception.id, 'resolve')}>
                {t('resolve')}
              </button>
              <button type="button" className="link" onClick={() => onPanel(original.exception.id, 'ignore')}>
                {t('ignore')}
              </button>
            </>
          )}
          {original.exception.resolution && (
            <span className="muted ellipsis">{resolutionText(original.exception.resolution, t)}</span>
          )}
        </div>
      ),
    },
  ];
}
