import type { DeviceReport } from '../../shared/schemas/device-admin';
import type { StaffUser } from '../../shared/schemas/user';
import type { Queryable } from '../db/sql-client';
import { deviceRevokedError } from '../auth/staff-auth';

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
  const rows = await db.query<{ id: string; revoked_at: unknown }>(
    `UPDATE devices SET last_seen_at = now(), last_user_id = $3, name = COALESCE($4, name),
       app_version = COALESCE($5, app_version), outbox_size = COALESCE($6, outbox_size)
     WHERE id = ANY($1::text[]) AND store_id = $2 RETURNING id, revoked_at`,
    [
      [...new Set(deviceIds)],
      user.storeId,
      user.id,
      report.name ?? null,
      report.appVersion ?? null,
      report.outboxSize ?? null,
    ],
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
  await db.query('UPDATE devices SET outbox_size = $2 WHERE id = $1', [
    deviceId,
    Math.max(0, reportedOutboxSize - answered),
  ]);
}
