import type { DataContextValue } from '../../data/data-context';
import { deleteLocalDatabase } from '../../data/database';
import { forgetSignIns } from '../../data/session';
import { saveServerUrl } from '../../data/server-url';
import { markWipePending } from '../../data/wipe-workstation';

/**
 * Leaves the current server: stops sync, deletes the local working copy (outbox included; the other
 * local stores at the restart), forgets the sign-ins kept for offline login, stores the new server and starts the app afresh on it.
 * The caller has made sure the outbox is empty or that the user chose to discard it.
 */
export async function switchServer(data: DataContextValue, newServerUrl: string): Promise<void> {
  await data.engine.stop();
  await deleteLocalDatabase(data.db);
  forgetSignIns({ newDeviceId: false });
  markWipePending();
  await saveServerUrl(newServerUrl);
  window.location.reload();
}
