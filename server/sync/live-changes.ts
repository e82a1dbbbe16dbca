import { syncedCollections } from '../db/doc-store';
import { authenticateStaff, deviceRevokedError } from '../auth/staff-auth';
import { findSession } from '../auth/sessions';
import { recordDeviceSync } from '../services/device-sightings';
import type { AppContext } from '../services/app-context';
import type { FeedMessage } from './change-feed';

export interface LiveChange {
  collections: string[];
  hello: boolean;
}

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
  const queue: FeedMessage[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = app.feed.subscribe((message) => {
    if (message.type !== 'gap' && message.storeId !== user.storeId) return;
    queue.push(message);
    wake?.();
  });
  const onAbort = (): void => wake?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    yield { collections: [], hello: true };
    while (!signal?.aborted) {
      if (queue.length === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
      const messages = queue.splice(0);
      const revoked = messages
        .flatMap((m) => (m.type === 'revoked' ? m.deviceIds : []))
        .find((id) => devices.has(id));
      if (revoked) throw deviceRevokedError(revoked);
      const collections = new Set(
        messages.flatMap((m) =>
          m.type === 'changes' ? m.collections : m.type === 'gap' ? syncedCollections : [],
        ),
      );
      if (collections.size > 0) yield { collections: [...collections], hello: false };
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    unsubscribe();
  }
}
