import { Link } from '@tanstack/react-router';
import { useSyncStatus } from '../../data/order-hooks';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { syncIndicatorState } from './sync-indicator-state';

/** Online/offline, commands waiting, last successful sync and problems, always in the header. */
export function SyncIndicator() {
  const status = useSyncStatus();
  const t = useT('common');
  const fmt = useFormat();
  const state = syncIndicatorState(status);
  const time = (iso: string): string =>
    new Date(iso).toLocaleTimeString(fmt.locale, { hour: '2-digit', minute: '2-digit' });
  return (
    <Link
      to="/sync"
      className={`sync-indicator ${state}`}
      data-testid="sync-indicator"
      data-state={state}
      data-pending={status.pending}
    >
      <span className="dot" />
      {t(`sync.${state}`)}
      {status.pending > 0 && <span> · {t('sync.waiting', { count: status.pending })}</span>}
      {status.problems > 0 && (
        <span className="problems"> · {t('sync.problems', { count: status.problems })}</span>
      )}
      <span
        className="muted"
        title={
          status.lastSyncAt ? t('sync.lastSyncTitle', { time: fmt.dateTime(status.lastSyncAt) }) : undefined
        }
      >
        {' · '}
        {status.lastSyncAt ? t('sync.lastSync', { time: time(status.lastSyncAt) }) : t('sync.notYet')}
      </span>
    </Link>
  );
}
