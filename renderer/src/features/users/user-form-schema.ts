import { z } from 'zod';
import { permissionSchema, type Permission } from '../../../../shared/schemas/permission';
import {
  createStaffUserInputSchema,
  updateStaffUserInputSchema,
  type StaffUserAdminView,
} from '../../../../shared/schemas/user';
import { draftSchemaOver } from '../../forms/draft-schema';

/** The user form's fields as typed. */
export interface UserDraft {
  name: string;
  email: string;
  password: string;
  permissions: Permission[];
  isAdmin: boolean;
}

/** Which sentence (`admin:users.invalid.*`) explains a problem; also the field it is shown under. */
export type UserProblem = 'name' | 'email' | 'password' | 'permissions';

const draftShape = z.object({
  name: z.string(),
  email: z.string(),
  password: z.string(),
  permissions: z.array(permissionSchema),
  isAdmin: z.boolean(),
});

function problemOf(path: readonly PropertyKey[]): { field: UserProblem; problem: UserProblem } {
  const head = path[0];
  const field: UserProblem =
    head === 'email' || head === 'password' || head === 'permissions' ? head : 'name';
  return { field, problem: field };
}

/** The form's view of an account (a new one may view orders). */
export function userDraftOf(user: StaffUserAdminView | undefined): UserDraft {
  return {
    name: user?.name ?? '',
    email: '',
    password: '',
    permissions: user?.permissions ?? ['orders.view'],
    isAdmin: user?.isAdmin ?? false,
  };
}

/** A new account: checked by the schema the server's create route uses. */
export const newUserDraftSchema = draftSchemaOver(
  draftShape,
  (draft) => draft,
  createStaffUserInputSchema,
  problemOf,
);

/** Changes to an account (name, permissions, admin flag): checked by the server's update schema. */
export const userChangeDraftSchema = draftSchemaOver(
  draftShape,
  (draft) => ({ name: draft.name, permissions: draft.permissions, isAdmin: draft.isAdmin }),
  updateStaffUserInputSchema,
  problemOf,
);

/** A new password for an account. */
export const passwordDraftSchema = draftSchemaOver(
  z.object({ password: z.string() }),
  (draft) => ({ password: draft.password }),
  updateStaffUserInputSchema,
  () => ({ field: 'password' as const, problem: 'password' as const }),
);
