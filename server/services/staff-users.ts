import type { z } from 'zod';
import type {
  createStaffUserInputSchema,
  StaffUserAdminView,
  updateStaffUserInputSchema,
} from '../../shared/schemas/user';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { hashPassword } from '../auth/password';
import { toStaffUser, type UserRow } from '../auth/staff-user-row';
import { endStaffSessions } from '../auth/sessions';
import { sql, type Updateable } from 'kysely';
import type { UsersTable } from '../db/database';
import { qb, run, runFirst } from '../db/kysely';
import type { Queryable } from '../db/sql-client';

type Row = Omit<UserRow, 'password_hash'>;

function toView(row: Row): StaffUserAdminView {
  return { ...toStaffUser(row), active: row.active };
}

const columns = ['id', 'store_id', 'email', 'name', 'permissions', 'is_admin', 'active'] as const;

/** The store's staff accounts, by e-mail. */
export async function listStaffUsers(db: Queryable, storeId: string): Promise<StaffUserAdminView[]> {
  const rows: Row[] = await run(
    db,
    qb.selectFrom('users').select(columns).where('store_id', '=', storeId).orderBy('email'),
  );
  return rows.map(toView);
}

/** Creates a staff account; a taken e-mail is a CONFLICT. */
export async function createStaffUser(
  db: Queryable,
  storeId: string,
  input: z.output<typeof createStaffUserInputSchema>,
): Promise<StaffUserAdminView> {
  const taken = await runFirst(
    db,
    qb
      .selectFrom('users')
      .select(sql.lit(1).as('taken'))
      .where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(input.email)]))),
  );
  if (taken)
    throw new DomainError('CONFLICT', 'A user with this e-mail exists', {
      issues: [{ path: 'email', message: 'Already in use' }],
    });
  const passwordHash = await hashPassword(input.password);
  const row: Row | undefined = await runFirst(
    db,
    qb
      .insertInto('users')
      .values((eb) => ({
        id: newId(),
        store_id: storeId,
        email: eb.fn<string>('lower', [eb.val(input.email)]),
        name: input.name,
        password_hash: passwordHash,
        permissions: input.permissions,
        is_admin: input.isAdmin,
      }))
      .returning(columns),
  );
  if (!row) throw new Error('insert returned nothing');
  return toView(row);
}

/** Updates a staff account of the store (a new password ends the user's sessions); an admin cannot remove their own admin rights or deactivate themselves. */
export async function updateStaffUser(
  db: Queryable,
  storeId: string,
  actorId: string,
  id: string,
  input: z.output<typeof updateStaffUserInputSchema>,
): Promise<StaffUserAdminView> {
  if (id === actorId && (input.isAdmin === false || input.active === false)) {
    throw new DomainError(
      'BUSINESS_RULE',
      'You cannot remove your own administrator rights or deactivate yourself',
    );
  }
  const changes: Updateable<UsersTable> = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.password && { password_hash: await hashPassword(input.password) }),
    ...(input.permissions !== undefined && { permissions: input.permissions }),
    ...(input.isAdmin !== undefined && { is_admin: input.isAdmin }),
    ...(input.active !== undefined && { active: input.active }),
  };
  // nothing given to change (every field undefined) reads the row as it is
  const row: Row | undefined = await runFirst(
    db,
    Object.keys(changes).length === 0
      ? qb.selectFrom('users').select(columns).where('id', '=', id).where('store_id', '=', storeId)
      : qb
          .updateTable('users')
          .set(changes)
          .where('id', '=', id)
          .where('store_id', '=', storeId)
          .returning(columns),
  );
  if (!row) throw new DomainError('NOT_FOUND', `User ${id} not found`);
  // a reset by an admin signs the user out everywhere (an admin changing their own password stays signed in)
  if (input.password !== undefined && id !== actorId) await endStaffSessions(db, id);
  return toView(row);
}
