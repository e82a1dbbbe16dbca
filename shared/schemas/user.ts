import { z } from 'zod';
import { permissionSchema } from './permission';
import { uuidSchema } from './common';

export const staffUserSchema = z.object({
  id: uuidSchema,
  storeId: uuidSchema,
  email: z.email(),
  name: z.string(),
  permissions: z.array(permissionSchema),
  isAdmin: z.boolean(),
});
export type StaffUser = z.infer<typeof staffUserSchema>;

export const loginInputSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const staffLoginResultSchema = z.object({ token: z.string(), user: staffUserSchema });
export type StaffLoginResult = z.infer<typeof staffLoginResultSchema>;

/** Admin: a new staff account. */
export const createStaffUserInputSchema = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(8, 'At least 8 characters').max(200),
  permissions: z.array(permissionSchema).max(4),
  isAdmin: z.boolean().default(false),
});

/** Admin: changes to a staff account (removing orders.view removes the store's data from their devices). */
export const updateStaffUserInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    password: z.string().min(8, 'At least 8 characters').max(200),
    permissions: z.array(permissionSchema).max(4),
    isAdmin: z.boolean(),
    active: z.boolean(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Nothing to change');

export const staffUserAdminViewSchema = staffUserSchema.extend({ active: z.boolean() });
export type StaffUserAdminView = z.infer<typeof staffUserAdminViewSchema>;
