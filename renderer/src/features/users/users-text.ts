import type { Permission } from '../../../../shared/schemas/permission';

/** The users screen's English strings in one place (ready to move into i18n namespace files). */
export const usersText = {
  title: 'Users',
  newUser: 'New user',
  name: 'Name',
  email: 'E-mail',
  password: 'Password (at least 8 characters)',
  permissions: 'Permissions',
  admin: 'Administrator (all permissions, settings)',
  status: 'Status',
  active: 'Active',
  inactive: 'Deactivated',
  edit: 'Edit',
  create: 'Create user',
  save: 'Save',
  cancel: 'Cancel',
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
  resetPassword: 'Reset password',
  newPassword: 'New password',
  setPassword: 'Set password',
  passwordReset: (name: string) => `Password of ${name} changed.`,
  created: (name: string) => `Created ${name}.`,
  saved: (name: string) => `Saved ${name}.`,
  deactivateTitle: (name: string) => `Deactivate ${name}?`,
  deactivateBody:
    'They can no longer sign in or sync; the local copy on their workstations is deleted at their next sync.',
  loading: 'Loading users…',
} as const;

export const permissionLabels: Record<Permission, string> = {
  'orders.view': 'View orders',
  'orders.edit': 'Edit and ship orders',
  'orders.cancel': 'Cancel orders',
  'orders.refund': 'Refund orders',
};
