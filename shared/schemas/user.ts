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
