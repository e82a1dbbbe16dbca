import { Fragment, useState } from 'react';
import type { ExceptionResolution } from '../../../../shared/schemas/order-exception';
import { displayGtin } from '../../../../shared/domain/exceptions/gtin';
import { formatMoney } from '../../../../shared/money';
import { IgnorePanel } from './ignore-panel';
import { ResolvePanel } from './resolve-panel';
import type { QueueException } from './exception-queries';

interface Props {
  item: QueueException;
  sameGtinCount: number;
  canEdit: boolean;
}

const statusText = { open: 'Open', resolved: 'Resolved', ignored: 'Ignored' } as const;

function resolutionText(resolution: ExceptionResolution): string {
  if (resolution.reason !== undefined) return `Ignored: ${resolution.reason}`;
  if (resolution.kind === 'automatic') return 'Matched automatically';
  return `${resolution.kind === 'bulk' ? 'Bulk-matched' : 'Matched'} by ${resolution.byName ?? 'staff'}`;
}

/** One exception: what the marketplace sent, its state, and the resolve / ignore actions. */
export function ExceptionRow({ item, sameGtinCount, canEdit }: Props) {
  const { exception, pending } = item;
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
          <a href={`#/orders/${exception.orderId}`}>#{exception.orderNumber}</a>
        </td>
        <td>{exception.marketplace}</td>
        <td className="mono">{displayGtin(exception.gtin)}</td>
        <td className="ellipsis" title={exception.title}>
          {exception.title}
        </td>
        <td className="num">{exception.quantity}</td>
        <td className="num">{formatMoney(exception.unitPrice, exception.currency)}</td>
        <td>
          {pending !== null ? (
            <span className="badge waiting" title={pending}>
              Waiting to sync
            </span>
          ) : (
            <span className={`badge exception-${exception.status}`}>{statusText[exception.status]}</span>
          )}
        </td>
        <td>
          <div className="row-actions">
            {actionable && (
              <>
                <button type="button" onClick={() => setPanel(panel === 'resolve' ? null : 'resolve')}>
                  Resolve…
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() => setPanel(panel === 'ignore' ? null : 'ignore')}
                >
                  Ignore…
                </button>
              </>
            )}
            {exception.resolution && (
              <span className="muted ellipsis">{resolutionText(exception.resolution)}</span>
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
