import type { DeviceAdminView } from '../../shared/schemas/device-admin';
import type { StaffUser } from '../../shared/schemas/user';
import { DomainError } from '../../shared/errors';
import type { Queryable } from '../db/sql-client';
import type { AppContext } from './app-context';
import { decodeTimePageCursor, encodePageCursor } from './page-cursor';

interface DeviceRow {
  id: string;
  code: string;
  name: string | null;
  app_version: string | null;
  outbox_size: number | null;
  registered_at: Date | string;
  last_seen_at: Date | string;
  revoked_at: Date | string | null;
  user_id: string | null;
  user_email: string | null;
  user_name: string | null;
}

/** A timestamptz column as ISO 8601 (pg and PGlite return Date objects; String(date) would drop milliseconds). */
const iso = (value: Date | string): string => new Date(value).toISOString();

function toView(row: DeviceRow): DeviceAdminView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    user:
      row.user_id && row.user_email && row.user_name !== null
        ? { id: row.user_id, email: row.user_email, name: row.user_name }
        : null,
    appVersion: row.app_version,
    outboxSize: row.outbox_size,
    registeredAt: iso(row.registered_at),
    lastSeenAt: iso(row.last_seen_at),
    revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
  };
}

const select = `SELECT d.id, d.code, d.name, d.app_version, d.outbox_size, d.registered_at, d.last_seen_at,
    d.revoked_at, u.id AS user_id, u.email AS user_email, u.name AS user_name
  FROM devices d LEFT JOIN users u ON u.id = COALESCE(d.last_user_id, d.first_user_id)`;

/** The store's workstations in registration order (keyset paging), with the user who synced last. */
export async function listDevices(
  db: Queryable,
  storeId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: DeviceAdminView[]; nextCursor: string | null }> {
  const params: unknown[] = [storeId];
  let sql = `${select} WHERE d.store_id = $1`;
  if (page.cursor) {
    const cursor = decodeTimePageCursor(page.cursor);
    params.push(cursor.createdAt, cursor.id);
    sql += ` AND (date_trunc('milliseconds', d.registered_at), d.id) > ($2::timestamptz, $3)`;
  }
  params.push(page.limit + 1);
  sql += ` ORDER BY date_trunc('milliseconds', d.registered_at), d.id LIMIT $${params.length}`;
  const rows = await db.query<DeviceRow>(sql, params);
  const items = rows.slice(0, page.limit).map(toView);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > page.limit && last
        ? encodePageCursor({ createdAt: last.registeredAt, id: last.id })
        : null,
  };
}

/**
 * Revokes a workstation: from now on its sessions, pushes, pulls and live stream are refused with
 * DEVICE_REVOKED (so it signs out and deletes its local copy). Revoking twice keeps the first time.
 */
export async function revokeDevice(
  app: AppContext,
  admin: StaffUser,
  deviceId: string,
): Promise<DeviceAdminView> {
  const updated = await app.db.query<{ id: string }>(
    `UPDATE devices SET revoked_at = COALESCE(revoked_at, now()), revoked_by = COALESCE(revoked_by, $3)
     WHERE id = $1 AND store_id = $2 RETURNING id`,
    [deviceId, admin.storeId, admin.id],
  );
  if (updated.length === 0) throw new DomainError('NOT_FOUND', `Device ${deviceId} not found`);
  await app.feed.publishRevocation({ storeId: admin.storeId, deviceIds: [deviceId] });
  const rows = await app.db.query<DeviceRow>(`${select} WHERE d.id = $1`, [deviceId]);
  const row = rows[0];
  if (!row) throw new DomainError('NOT_FOUND', `Device ${deviceId} not found`);
  return toView(row);
}
