import type { DeviceReport } from '../../shared/schemas/device-admin';
import type { StaffUser } from '../../shared/schemas/user';
import { sql, type UpdateObject } from 'kysely';
import type { Database } from '../db/database';
import { qb, run } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import { deviceRevokedError } from '../auth/staff-auth';

/** A sighting of a workstation: seen now by `userId`, with what it reported (an absent field keeps its value). */
export function sightingOf(userId: string, report: DeviceReport): UpdateObject<Database, 'devices'> {
  return {
    last_seen_at: sql<Date>`now()`,
    last_user_id: userId,
    ...(report.name !== undefined && { name: report.name }),
    ...(report.appVersion !== undefined && { app_version: report.appVersion }),
    ...(report.outboxSize !== undefined && { outbox_size: report.outboxSize }),
  };
}

/**
 * Records that the user's workstations synced (last seen, user, what they report) and refuses the
 * sync with DEVICE_REVOKED when one of them was revoked. Unknown device ids pass: a workstation
 * becomes known when it registers.
 */
export async function recordDeviceSync(
  db: Queryable,
  user: StaffUser,
  deviceIds: readonly string[],
  report: DeviceReport = {},
): Promise<void> {
  if (deviceIds.length === 0) return;
  const rows = await run(
    db,
    qb
      .updateTable('devices')
      .set(sightingOf(user.id, report))
      .where('id', 'in', [...new Set(deviceIds)])
      .where('store_id', '=', user.storeId)
      .returning(['id', 'revoked_at']),
  );
  const revoked = rows.find((row) => row.revoked_at !== null);
  if (revoked) throw deviceRevokedError(revoked.id);
}

/** After a push: the outbox the device reported shrinks by the commands that got their final answer. */
export async function recordOutboxAfterPush(
  db: Queryable,
  deviceId: string,
  reportedOutboxSize: number,
  answered: number,
): Promise<void> {
  await run(
    db,
    qb
      .updateTable('devices')
      .set({ outbox_size: Math.max(0, reportedOutboxSize - answered) })
      .where('id', '=', deviceId),
  );
}
