import type { Store } from '../../shared/schemas/store';
import { permissions } from '../../shared/schemas/permission';
import { newId } from '../../shared/ids';
import { hashPassword } from '../auth/password';
import { withWriteTransaction } from '../db/write-scope';
import { sql } from 'kysely';
import { qb, run, runFirst, runRaw } from '../db/kysely';
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
  const admin = await runFirst(
    db,
    qb
      .selectFrom('users')
      .select(sql.lit(1).as('admin'))
      .where('is_admin', '=', true)
      .where('active', '=', true)
      .limit(1),
  );
  return admin !== undefined;
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
  const firstStore = await runFirst(app.db, qb.selectFrom('stores').select('id').orderBy('id').limit(1));
  const storeId = firstStore?.id ?? newId();
  return withWriteTransaction(app.db, app.feed, storeId, async ({ tx }) => {
    // two processes may start at once, each with its own new store id (so its own store lock):
    // this lock of its own makes the check and the insert one step across processes
    await runRaw(tx, sql`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK_KEY})`);
    if (await hasActiveAdmin(tx)) return false;
    const existing = await runFirst(tx, qb.selectFrom('stores').select('id').where('id', '=', storeId));
    if (!existing) {
      const store = { ...placeholderStore(), id: storeId };
      await run(
        tx,
        qb.insertInto('stores').values({ id: storeId, data: sql<string>`${JSON.stringify(store)}::jsonb` }),
      );
    }
    const taken = await runFirst(
      tx,
      qb
        .selectFrom('users')
        .select(sql.lit(1).as('taken'))
        .where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(firstAdmin.email)]))),
    );
    if (taken) {
      throw new SetupRequiredError(
        `ORDER_DESK_ADMIN_EMAIL ${firstAdmin.email} belongs to an existing user who is not an active administrator; choose another e-mail.`,
      );
    }
    await run(
      tx,
      qb.insertInto('users').values((eb) => ({
        id: newId(),
        store_id: storeId,
        email: eb.fn<string>('lower', [eb.val(firstAdmin.email)]),
        name: firstAdmin.name ?? 'Administrator',
        password_hash: passwordHash,
        permissions: [...permissions],
        is_admin: true,
      })),
    );
    return true;
  });
}
