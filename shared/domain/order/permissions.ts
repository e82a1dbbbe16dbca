import type { Permission } from '../../schemas/permission';
import { DomainError } from '../../errors';

export interface Actor {
  id: string;
  name: string;
  permissions: readonly Permission[];
  isAdmin: boolean;
}

/** Whether `actor` holds `permission`; admins hold every permission. */
export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.isAdmin || actor.permissions.includes(permission);
}

/** Throws FORBIDDEN naming the missing permission. */
export function assertPermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) {
    throw new DomainError('FORBIDDEN', `Missing permission ${permission}`, {
      details: { permission },
    });
  }
}

/** Throws FORBIDDEN unless the actor is an admin (settings, users). */
export function assertAdmin(actor: Actor): void {
  if (!actor.isAdmin) {
    throw new DomainError('FORBIDDEN', 'Administrator rights required', { details: { permission: 'admin' } });
  }
}
