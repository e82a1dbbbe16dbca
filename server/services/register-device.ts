import type { StaffUser } from '../../shared/schemas/user';
import type { RegisterDeviceInput } from '../../shared/schemas/device-admin';
import type { AppContext } from './app-context';
import { DomainError } from '../../shared/errors';
import { findUnstorableText } from '../db/storable-text';
import type { Queryable } from '../db/sql-client';
import { bindSessionToDevice } from '../auth/sessions';
import { deviceRevokedError } from '../auth/staff-auth';

/**
 * Registers a workstation with its store once (its short code names its invoice series) and records
 * what it reports (name, app version, outbox size). The session is bound to the device, so a revoke
 * ends it; a revoked device cannot register again under the same id.
 */
export async function registerDevice(
  app: AppContext,
  user: StaffUser,
  input: RegisterDeviceInput,
  sessionToken?: string,
): Promise<{ deviceId: string; code: string }> {
  const { deviceId } = input;
  if (findUnstorableText(input) !== undefined) {
    throw new DomainError('BAD_INPUT', 'Invalid device', {
      issues: [{ path: 'deviceId', message: 'NUL characters (U+0000) are not allowed' }],
    });
  }
  const result = await app.db.transaction(async (tx) => {
    const existing = await tx.query<{ code: string; store_id: string; revoked_at: unknown }>(
      'SELECT code, store_id, revoked_at FROM devices WHERE id = $1 FOR UPDATE',
      [deviceId],
    );
    const known = existing[0];
    if (known && known.store_id !== user.storeId)
      throw new DomainError('CONFLICT', 'This device id belongs to another store');
    if (known && known.revoked_at !== null) throw deviceRevokedError(deviceId);
    const code = known?.code ?? (await insertDevice(tx, user, deviceId));
    await tx.query(
      `UPDATE devices SET last_seen_at = now(), last_user_id = $2, name = COALESCE($3, name),
         app_version = COALESCE($4, app_version), outbox_size = COALESCE($5, outbox_size)
       WHERE id = $1`,
      [deviceId, user.id, input.name ?? null, input.appVersion ?? null, input.outboxSize ?? null],
    );
    return { deviceId, code };
  });
  if (sessionToken) await bindSessionToDevice(app.db, sessionToken, deviceId);
  return result;
}

async function insertDevice(tx: Queryable, user: StaffUser, deviceId: string): Promise<string> {
  const counter = await tx.query<{ value: string | number }>(
    `INSERT INTO counters (store_id, name, value) VALUES ($1, 'device', 1)
     ON CONFLICT (store_id, name) DO UPDATE SET value = counters.value + 1 RETURNING value`,
    [user.storeId],
  );
  const code = `D${String(Number(counter[0]?.value ?? 1)).padStart(2, '0')}`;
  await tx.query('INSERT INTO devices (id, store_id, code, first_user_id) VALUES ($1, $2, $3, $4)', [
    deviceId,
    user.storeId,
    code,
    user.id,
  ]);
  return code;
}
