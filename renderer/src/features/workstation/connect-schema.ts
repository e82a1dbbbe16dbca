import { z } from 'zod';
import { draftSchemaOver } from '../../forms/draft-schema';
import { firstAdminSchema } from '../../../../shared/server-connection';
import { deviceNameSchema } from '../../data/workstation-identity';

/** The server address as typed; whether it answers is the connection test's job, not the form's. */
export interface ConnectDraft {
  url: string;
}

/** The connect form's schema: an address must be typed (trimmed); the sentence is `workstation:invalid.url`. */
export const connectDraftSchema = z.object({ url: z.string().trim().min(1, 'url') });

/** The standalone choice's fields: the first administrator, both blank for an existing database. */
export interface FirstAdminDraft {
  email: string;
  password: string;
}

/** A first-administrator problem; also its sentence (`workstation:invalid.*`). */
export type FirstAdminProblem = 'adminEmail' | 'adminPassword';

/**
 * The standalone choice's schema: no administrator when the address is blank, else the address and
 * password checked by `firstAdminSchema` (the one the desktop main process checks again).
 */
export const firstAdminDraftSchema = draftSchemaOver(
  z.object({ email: z.string(), password: z.string() }),
  (draft) =>
    draft.email.trim() === '' ? undefined : { email: draft.email.trim(), password: draft.password },
  firstAdminSchema.optional(),
  (path): { field: keyof FirstAdminDraft; problem: FirstAdminProblem } =>
    path[0] === 'password'
      ? { field: 'password', problem: 'adminPassword' }
      : { field: 'email', problem: 'adminEmail' },
);

/** The workstation settings' name field as typed. */
export interface DeviceNameDraft {
  name: string;
}

/** The workstation name, checked by the schema the stored name is read with (sentence `workstation:invalid.deviceName`). */
export const deviceNameDraftSchema = draftSchemaOver(
  z.object({ name: z.string() }),
  (draft) => ({ name: draft.name }),
  z.object({ name: deviceNameSchema }),
  (): { field: 'name'; problem: 'deviceName' } => ({ field: 'name', problem: 'deviceName' }),
);
