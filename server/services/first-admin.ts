import type { Store } from '../../shared/schemas/store';
import { permissions } from '../../shared/schemas/permission';
import { newId } from '../../shared/ids';
import { hashPassword } from '../auth/password';
import { withWriteTransaction } from '../db/write-scope';
import type { Queryable } from '../db/sql-client';
import type { AppContext } from './app-context';

export interface FirstAdmin {
  email: string;
  password: string;
  name?: string | undefined;
}

/** The server cannot start as configured; the message says what to set. */
export class SetupRequiredError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetupRequiredError';
  }
}

/**
 * The store row a fresh production database starts with: a placeholder until an admin completes
 * the store profile (`PUT /api/v1/admin/store`; `completedAt` stays null until then).
 */
function placeholderStore(): Store & { completedAt: null } {
  const address = { name: 'Order Desk', line1: '-', postalCode: '-', city: '-', country: 'DE' };
  return {
    id: newId(),
    name: 'Order Desk',
    code: 'OD',
    country: 'DE',
    currency: 'EUR',
    address,
    vatNumber: null,
    completedAt: null,
  };
}

/** Advisory lock serialising first-admin creation (the write lock is per store). */
const FIRST_ADMIN_LOCK_KEY = 704_113;

async function hasActiveAdmin(db: Queryable): Promise<boolean> {
  return (await db.query('SELECT 1 FROM users WHERE is_admin AND active LIMIT 1')).length > 0;
}

/**
 * Makes sure a non-demo database has an administrator: with none, `firstAdmin` (from
 * ORDER_DESK_ADMIN_EMAIL / _PASSWORD) is created, with the store row it needs and nothing else;
 * without it the server refuses to start. An existing admin is never changed by the variables.
 * Returns whether it created the admin.
 */
export async function ensureFirstAdmin(
  app: AppContext,
  firstAdmin: FirstAdmin | undefined,
): Promise<boolean> {
  if (await hasActiveAdmin(app.db)) return false;
  if (!firstAdmin) {
    throw new SetupRequiredError(
      'This database has no administrator. Set ORDER_DESK_ADMIN_EMAIL and ORDER_DESK_ADMIN_PASSWORD ' +
        '(at least 10 characters) to create the first one, or start with --demo for a demo store.',
    );
  }
  const passwordHash = await hashPassword(firstAdmin.password);
  const stores = await app.db.query<{ id: string }>('SELECT id FROM stores ORDER BY id LIMIT 1');
  const storeId = stores[0]?.id ?? newId();
  return withWriteTransaction(app.db, app.feed, storeId, async ({ tx }) => {
    // two processes may start at once, each with its own new store id (so its own store lock):
    // this lock of its own makes the check and the insert one step across processes
    await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK_KEY]);
    if (await hasActiveAdmin(tx)) return false;
    const existing = await tx.query<{ id: string }>('SELECT id FROM stores WHERE id = $1', [storeId]);
    if (existing.length === 0) {
      const store = { ...placeholderStore(), id: storeId };
      await tx.query('INSERT INTO stores (id, data) VALUES ($1, $2::jsonb)', [
        storeId,
        JSON.stringify(store),
      ]);
    }
    const taken = await tx.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [firstAdmin.email]);
    if (taken.length > 0) {
      throw new SetupRequiredError(
        `ORDER_DESK_ADMIN_EMAIL ${firstAdmin.email} belongs to an existing user who is not an active administrator; choose another e-mail.`,
      );
    }
    await tx.query(
      'INSERT INTO users (id, store_id, email, name, password_hash, permissions, is_admin) VALUES ($1, $2, lower($3), $4, $5, $6, true)',
      [
        newId(),
        storeId,
        firstAdmin.email,
        firstAdmin.name ?? 'Administrator',
        passwordHash,
        [...permissions],
      ],
    );
    return true;
  });
}
