import type { StaffUser } from '../../shared/schemas/user';
import type { AppContext } from './app-context';
import { DomainError } from '../../shared/errors';
import { findInvalidText } from '../../shared/text';

/** Registers a workstation with its store once; returns its short code (used in invoice series). */
export async function registerDevice(
  app: AppContext,
  user: StaffUser,
  deviceId: string,
): Promise<{ deviceId: string; code: string }> {
  const invalid = findInvalidText(deviceId, ['deviceId']);
  if (invalid !== undefined) throw new DomainError('BAD_INPUT', 'Invalid device id', { issues: [invalid] });
  return app.db.transaction(async (tx) => {
    const existing = await tx.query<{ code: string }>('SELECT code FROM devices WHERE id = $1', [deviceId]);
    if (existing[0]) {
      await tx.query('UPDATE devices SET last_seen_at = now() WHERE id = $1', [deviceId]);
      return { deviceId, code: existing[0].code };
    }
    await tx.query(
      `INSERT INTO counters (store_id, name, value) VALUES ($1, 'device', 1)
       ON CONFLICT (store_id, name) DO UPDATE SET value = counters.value + 1`,
      [user.storeId],
    );
    const counter = await tx.query<{ value: string | number }>(
      `SELECT value FROM counters WHERE store_id = $1 AND name = 'device'`,
      [user.storeId],
    );
    const code = `D${String(Number(counter[0]?.value ?? 1)).padStart(2, '0')}`;
    await tx.query('INSERT INTO devices (id, store_id, code, first_user_id) VALUES ($1, $2, $3, $4)', [
      deviceId,
      user.storeId,
      code,
      user.id,
    ]);
    return { deviceId, code };
  });
}
