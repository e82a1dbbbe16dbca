import type { StaffUser } from '../../shared/schemas/user';
import type { AppContext } from '../services/app-context';
import { readCachesOf } from '../services/read-caches';
import { authenticateStaff } from './staff-auth';

/** The staff user of a token signed in moments ago, from the session cache alone (no promise); else undefined. */
export function cachedStaffUser(app: AppContext, token: string | undefined): StaffUser | undefined {
  return token === undefined ? undefined : readCachesOf(app.feed).session(token);
}

/**
 * `authenticateStaff` through the server's session cache: a token signed in moments ago costs no
 * round trip. Only successes are kept, for a few seconds, and dropped at once on a revoked device or
 * a changed account of the store (see ReadCaches). Permissions are still checked on every request
 * against the cached user, whose permissions are the database's as of at most that TTL ago.
 */
export async function authenticateStaffCached(
  app: AppContext,
  token: string | undefined,
): Promise<StaffUser> {
  const cached = cachedStaffUser(app, token);
  if (cached) return cached;
  const caches = readCachesOf(app.feed);
  const mark = caches.mark();
  const user = await authenticateStaff(app.db, token);
  if (token !== undefined) caches.rememberSession(token, user, mark);
  return user;
}

/** Staff accounts of a store changed: this process forgets their sign-ins now, the others on the notice. */
export async function publishAuthChange(app: AppContext, storeId: string): Promise<void> {
  readCachesOf(app.feed).authChanged(storeId);
  await app.feed.publishAuthChange({ storeId });
}
