import type { Order } from '../../../../shared/schemas/order';
import { useEnumLabel } from '../../i18n/enum-label';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { eventText } from './event-text';

/** The order's history, newest first, each line in words with who did it and where. */
export function OrderTimeline({ order }: { order: Order }) {
  const t = useT('orders');
  const fmt = useFormat();
  const label = useEnumLabel();
  return (
    <div className="card">
      <h3>{t('detail.timeline')}</h3>
      <ol className="timeline" data-testid="timeline">
        {[...order.events].reverse().map((event) => (
          <li key={event.id}>
            <span className="muted">{fmt.dateTime(event.at)}</span> {eventText(event, order, t, label, fmt)}
            {event.userName && (
              <span className="muted">
                {' '}
                — {event.userName}
                {event.deviceId
                  ? ` (${event.deviceId === 'rest-api' ? t('detail.byApi') : t('detail.byDevice', { id: event.deviceId.slice(-6) })})`
                  : ''}
              </span>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
