import { z } from 'zod';
import { publishAuthChange } from '../../auth/cached-staff-auth';
import {
  createStaffUserInputSchema,
  staffUserAdminViewSchema,
  updateStaffUserInputSchema,
} from '../../../shared/schemas/user';
import { createStaffUser, listStaffUsers, updateStaffUser } from '../../services/staff-users';
import { staffRoute } from '../define-route';

export const adminUserRoutes = [
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/users',
    summary: 'List staff users of the store',
    tag: 'users',
    permission: 'admin',
    response: z.object({ items: z.array(staffUserAdminViewSchema) }),
    handler: async ({ app, user }) => ({ items: await listStaffUsers(app.db, user.storeId) }),
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/users',
    summary: 'Create a staff user',
    tag: 'users',
    permission: 'admin',
    body: createStaffUserInputSchema,
    response: staffUserAdminViewSchema,
    successStatus: 201,
    handler: ({ app, user, body }) => createStaffUser(app.db, user.storeId, body),
  }),
  staffRoute({
    method: 'PATCH',
    path: '/api/v1/admin/users/:id',
    summary: 'Change name, password, permissions, admin flag or active flag of a staff user',
    tag: 'users',
    permission: 'admin',
    params: z.object({ id: z.uuid() }),
    body: updateStaffUserInputSchema,
    response: staffUserAdminViewSchema,
    handler: async ({ app, user, params, body }) => {
      const view = await updateStaffUser(app.db, user.storeId, user.id, params.id, body);
      await publishAuthChange(app, user.storeId);
      return view;
    },
  }),
];
