import type { StaffUser } from '../../shared/schemas/user';
import type { RegisterDeviceInput } from '../../shared/schemas/device-admin';
import type { AppContext } from './app-context';
import { DomainError } from '../../shared/errors';
import { findInvalidText } from '../../shared/text';
import { sql } from 'kysely';
import { qb, run, runFirst } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import { bindSessionToDevice } from '../auth/sessions';
import { deviceRevokedError } from '../auth/staff-auth';
import { sightingOf } from './device-sightings';

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
  const invalid = findInvalidText(input, []);
  if (invalid !== undefined) throw new DomainError('BAD_INPUT', 'Invalid device', { issues: [invalid] });
  const result = await app.db.transaction(async (tx) => {
    const known = await runFirst(
      tx,
      qb
        .selectFrom('devices')
        .select(['code', 'store_id', 'revoked_at'])
        .where('id', '=', deviceId)
        .forUpdate(),
    );
    if (known && known.store_id !== user.storeId)
      throw new DomainError('CONFLICT', 'This device id belongs to another store');
    if (known && known.revoked_at !== null) throw deviceRevokedError(deviceId);
    const code = known?.code ?? (await insertDevice(tx, user, deviceId));
    await run(tx, qb.updateTable('devices').set(sightingOf(user.id, input)).where('id', '=', deviceId));
    return { deviceId, code };
  });
  if (sessionToken) await bindSessionToDevice(app.db, sessionToken, deviceId);
  return result;
}

async function insertDevice(tx: Queryable, user: StaffUser, deviceId: string): Promise<string> {
  const counter = await runFirst(
    tx,
    qb
      .insertInto('counters')
      .values({ store_id: user.storeId, name: 'device', value: 1 })
      .onConflict((conflict) =>
        conflict.columns(['store_id', 'name']).doUpdateSet({ value: sql<number>`counters.value + 1` }),
      )
      .returning('value'),
  );
  const code = `D${String(Number(counter?.value ?? 1)).padStart(2, '0')}`;
  await run(
    tx,
    qb.insertInto('devices').values({ id: deviceId, store_id: user.storeId, code, first_user_id: user.id }),
  );
  return code;
}
