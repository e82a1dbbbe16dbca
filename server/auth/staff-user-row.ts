import type { StaffUser } from '../../shared/schemas/user';
import { permissionSchema } from '../../shared/schemas/permission';

export interface UserRow {
  id: string;
  store_id: string;
  email: string;
  name: string;
  password_hash: string;
  permissions: string[];
  is_admin: boolean;
  active: boolean;
}

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
