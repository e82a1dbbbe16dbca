import { useSyncStatus } from '../../data/order-hooks';
import { formatDateTime } from '../orders/order-labels';

/** Online/offline, commands waiting, last successful sync and problems, always in the header. */
export function SyncIndicator() {
  const status = useSyncStatus();
  const state = !status.online ? 'offline' : status.pending > 0 ? 'syncing' : 'synced';
  return (
    <a
      href="#/sync"
      className={`sync-indicator ${state}`}
      data-testid="sync-indicator"
      data-state={state}
      data-pending={status.pending}
    >
      <span className="dot" />
      {state === 'offline' ? 'Offline' : state === 'syncing' ? 'Syncing' : 'Synced'}
      {status.pending > 0 && <span> · {status.pending} waiting</span>}
      {status.problems > 0 && (
        <span className="problems">
          {' '}
          · {status.problems} problem{status.problems > 1 ? 's' : ''}
        </span>
      )}
      <span
        className="muted"
        title={status.lastSyncAt ? `Last successful sync ${formatDateTime(status.lastSyncAt)}` : undefined}
      >
        {' · '}
        {status.lastSyncAt
          ? `last sync ${new Date(status.lastSyncAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`
          : 'not synced yet'}
      </span>
    </a>
  );
}
