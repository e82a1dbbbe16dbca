import { readCachesOf } from './read-caches';
import type { DeviceAdminView } from '../../shared/schemas/device-admin';
import type { StaffUser } from '../../shared/schemas/user';
import { DomainError } from '../../shared/errors';
import { sql } from 'kysely';
import { qb, run, runFirst } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import type { AppContext } from './app-context';
import { decodeTimePageCursor, encodePageCursor } from './page-cursor';

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

/** The workstations with the user who synced last (else the one who registered them). */
const selectDevices = qb
  .selectFrom('devices as d')
  .leftJoin('users as u', (join) =>
    join.on((eb) => eb('u.id', '=', eb.fn.coalesce('d.last_user_id', 'd.first_user_id'))),
  )
  .select([
    'd.id',
    'd.code',
    'd.name',
    'd.app_version',
    'd.outbox_size',
    'd.registered_at',
    'd.last_seen_at',
    'd.revoked_at',
    'u.id as user_id',
    'u.email as user_email',
    'u.name as user_name',
  ]);

type DeviceRow = Awaited<ReturnType<typeof selectDevices.execute>>[number];

/** Registration time to the millisecond: the precision of a page cursor. */
const registeredMs = sql<Date>`date_trunc('milliseconds', d.registered_at)`;

/** The store's workstations in registration order (keyset paging), with the user who synced last. */
export async function listDevices(
  db: Queryable,
  storeId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: DeviceAdminView[]; nextCursor: string | null }> {
  let query = selectDevices.where('d.store_id', '=', storeId);
  if (page.cursor) {
    const cursor = decodeTimePageCursor(page.cursor);
    query = query.where(
      sql<boolean>`(${registeredMs}, d.id) > (${cursor.createdAt}::timestamptz, ${cursor.id})`,
    );
  }
  const rows = await run(
    db,
    query
      .orderBy(registeredMs)
      .orderBy('d.id')
      .limit(page.limit + 1),
  );
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
  const updated = await runFirst(
    app.db,
    qb
      .updateTable('devices')
      .set((eb) => ({
        revoked_at: eb.fn.coalesce('revoked_at', sql<Date>`now()`),
        revoked_by: eb.fn.coalesce('revoked_by', eb.val(admin.id)),
      }))
      .where('id', '=', deviceId)
      .where('store_id', '=', admin.storeId)
      .returning('id'),
  );
  if (!updated) throw new DomainError('NOT_FOUND', `Device ${deviceId} not found`);
  readCachesOf(app.feed).authChanged(admin.storeId); // this process refuses the device's sessions at once
  await app.feed.publishRevocation({ storeId: admin.storeId, deviceIds: [deviceId] });
  const row = await runFirst(app.db, selectDevices.where('d.id', '=', deviceId));
  if (!row) throw new DomainError('NOT_FOUND', `Device ${deviceId} not found`);
  return toView(row);
}
