import { authenticateStaff } from '../auth/staff-auth';
import { findSession } from '../auth/sessions';
import { recordDeviceSync } from '../services/device-sightings';
import type { AppContext } from '../services/app-context';
import { storeNotices, type StoreNotice } from './store-notices';

export type LiveChange = StoreNotice;

/**
 * The live stream of one workstation: a hello, then the names of collections that changed in its
 * store (the device pulls them from its checkpoint). Ends with DEVICE_REVOKED when its device is
 * revoked, on whichever server process the revoke happened.
 */
export async function* liveChanges(
  app: AppContext,
  who: { token: string | undefined; deviceId?: string | undefined },
  signal: AbortSignal | undefined,
): AsyncGenerator<LiveChange> {
  const user = await authenticateStaff(app.db, who.token);
  const session = who.token ? await findSession(app.db, who.token, 'staff') : undefined;
  const devices = new Set([session?.deviceId, who.deviceId].filter((id) => typeof id === 'string'));
  if (who.deviceId) await recordDeviceSync(app.db, user, [who.deviceId]);
  yield* storeNotices(app.feed, user.storeId, devices, signal);
}
