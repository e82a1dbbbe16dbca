import type { SyncStatus } from '../../data/sync-engine';

export type SyncIndicatorState = 'offline' | 'syncing' | 'synced';

/**
 * What the header says about this workstation's copy. "Synced" only when online, nothing waits to be
 * sent and every collection has arrived once: a catalog still downloading is not yet there offline.
 */
export function syncIndicatorState(
  status: Pick<SyncStatus, 'online' | 'pending' | 'downloading'>,
): SyncIndicatorState {
  if (!status.online) return 'offline';
  return status.pending > 0 || status.downloading ? 'syncing' : 'synced';
}
