import { Link } from '@tanstack/react-router';
import { Fragment, useState } from 'react';
import type { ExceptionResolution } from '../../../../shared/schemas/order-exception';
import { displayGtin } from '../../../../shared/domain/exceptions/gtin';
import { IgnorePanel } from './ignore-panel';
import { ResolvePanel } from './resolve-panel';
import type { QueueException } from './exception-queries';
import type { TFunction } from 'i18next';
import { useEnumLabel } from '../../i18n/enum-label';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

interface Props {
  item: QueueException;
  sameGtinCount: number;
  canEdit: boolean;
}

function resolutionText(resolution: ExceptionResolution, t: TFunction<'exceptions'>): string {
  if (resolution.reason !== undefined) return t('resolution.ignored', { reason: resolution.reason });
  if (resolution.kind === 'automatic') return t('resolution.automatic');
  const name = resolution.byName ?? t('resolution.staff');
  return t(resolution.kind === 'bulk' ? 'resolution.bulk' : 'resolution.manual', { name });
}

/** One exception: what the marketplace sent, its state, and the resolve / ignore actions. */
export function ExceptionRow({ item, sameGtinCount, canEdit }: Props) {
  const { exception, pending } = item;
  const t = useT('exceptions');
  const label = useEnumLabel();
  const fmt = useFormat();
  const [panel, setPanel] = useState<'resolve' | 'ignore' | null>(null);
  const actionable = canEdit && exception.status === 'open' && pending === null;
  return (
    <Fragment>
      <tr
        data-testid={`exception-${exception.id}`}
        data-gtin={displayGtin(exception.gtin)}
        className="exception-row"
      >
        <td>
          <Link to="/orders/$orderId" params={{ orderId: exception.orderId }}>
            #{exception.orderNumber}
          </Link>
        </td>
        <td>{exception.marketplace}</td>
        <td className="mono">{displayGtin(exception.gtin)}</td>
        <td className="ellipsis" title={exception.title}>
          {exception.title}
        </td>
        <td className="num">{exception.quantity}</td>
        <td className="num">{fmt.money(exception.unitPrice, exception.currency)}</td>
        <td>
          {pending !== null ? (
            <span className="badge waiting" title={pending}>
              {t('waiting')}
            </span>
          ) : (
            <span className={`badge exception-${exception.status}`}>
              {label('exceptionStatus', exception.status)}
            </span>
          )}
        </td>
        <td>
          <div className="row-actions">
            {actionable && (
              <>
                <button type="button" onClick={() => setPanel(panel === 'resolve' ? null : 'resolve')}>
                  {t('resolve')}
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() => setPanel(panel === 'ignore' ? null : 'ignore')}
                >
                  {t('ignore')}
                </button>
              </>
            )}
            {exception.resolution && (
              <span className="muted ellipsis">{resolutionText(exception.resolution, t)}</span>
            )}
          </div>
        </td>
      </tr>
      {actionable && panel !== null && (
        <tr className="panel-row">
          <td colSpan={8}>
            {panel === 'resolve' ? (
              <ResolvePanel
                exception={exception}
                sameGtinCount={sameGtinCount}
                onDone={() => setPanel(null)}
              />
            ) : (
              <IgnorePanel exception={exception} onDone={() => setPanel(null)} />
            )}
          </td>
        </tr>
      )}
    </Fragment>
  );
}
