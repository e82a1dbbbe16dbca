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
import type { Queryable } from '../db/sql-client';

type Row = Omit<UserRow, 'password_hash'>;

function toView(row: Row): StaffUserAdminView {
  return { ...toStaffUser(row), active: row.active };
}

const columns = 'id, store_id, email, name, permissions, is_admin, active';

/** The store's staff accounts, by e-mail. */
export async function listStaffUsers(db: Queryable, storeId: string): Promise<StaffUserAdminView[]> {
  const rows = await db.query<Row>(`SELECT ${columns} FROM users WHERE store_id = $1 ORDER BY email`, [
    storeId,
  ]);
  return rows.map(toView);
}

/** Creates a staff account; a taken e-mail is a CONFLICT. */
export async function createStaffUser(
  db: Queryable,
  storeId: string,
  input: z.output<typeof createStaffUserInputSchema>,
): Promise<StaffUserAdminView> {
  const taken = await db.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [input.email]);
  if (taken.length > 0)
    throw new DomainError('CONFLICT', 'A user with this e-mail exists', {
      issues: [{ path: 'email', message: 'Already in use' }],
    });
  const rows = await db.query<Row>(
    `INSERT INTO users (id, store_id, email, name, password_hash, permissions, is_admin) VALUES ($1, $2, lower($3), $4, $5, $6, $7) RETURNING ${columns}`,
    [
      newId(),
      storeId,
      input.email,
      input.name,
      await hashPassword(input.password),
      input.permissions,
      input.isAdmin,
    ],
  );
  const row = rows[0];
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
  const rows = await db.query<Row>(
    `UPDATE users SET name = COALESCE($3, name), password_hash = COALESCE($4, password_hash),
       permissions = COALESCE($5::text[], permissions), is_admin = COALESCE($6, is_admin), active = COALESCE($7, active)
     WHERE id = $1 AND store_id = $2 RETURNING ${columns}`,
    [
      id,
      storeId,
      input.name ?? null,
      input.password ? await hashPassword(input.password) : null,
      input.permissions ?? null,
      input.isAdmin ?? null,
      input.active ?? null,
    ],
  );
  const row = rows[0];
  if (!row) throw new DomainError('NOT_FOUND', `User ${id} not found`);
  // a reset by an admin signs the user out everywhere (an admin changing their own password stays signed in)
  if (input.password !== undefined && id !== actorId) await endStaffSessions(db, id);
  return toView(row);
}
