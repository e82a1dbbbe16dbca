import type { Selectable } from 'kysely';
import type { UsersTable } from '../db/database';
import type { StaffUser } from '../../shared/schemas/user';
import { permissionSchema } from '../../shared/schemas/permission';

/** A users row as read (its creation time aside). */
export type UserRow = Omit<Selectable<UsersTable>, 'created_at'>;

/** The staff user of a users row (the password hash never leaves this module). */
export function toStaffUser(row: Omit<UserRow, 'password_hash' | 'active'>): StaffUser {
  return {
    id: row.id,
    storeId: row.store_id,
    email: row.email,
    name: row.name,
    permissions: row.permissions.flatMap((p) => {
      const parsed = permissionSchema.safeParse(p);
      return parsed.success ? [parsed.data] : [];
    }),
    isAdmin: row.is_admin,
  };
}
