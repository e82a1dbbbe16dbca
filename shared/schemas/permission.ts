import { z } from 'zod';

export const permissions = ['orders.view', 'orders.edit', 'orders.cancel', 'orders.refund'] as const;
export const permissionSchema = z.enum(permissions);
export type Permission = z.infer<typeof permissionSchema>;
