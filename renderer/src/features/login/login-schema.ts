import { z } from 'zod';
import { draftSchemaOver } from '../../forms/draft-schema';
import { loginInputSchema } from '../../../../shared/schemas/user';

/** The sign-in fields as typed. */
export interface LoginDraft {
  email: string;
  password: string;
}

/** A sign-in field; also the sentence (`common:login.invalid.*`) that explains its problem. */
export type LoginField = keyof LoginDraft;

export const emptyLogin: LoginDraft = { email: '', password: '' };

/**
 * The sign-in form's schema: the typed address (trimmed, lower case) and password, checked by the
 * server's `loginInputSchema`; each problem lands on its field.
 */
export const loginDraftSchema = draftSchemaOver(
  z.object({ email: z.string(), password: z.string() }),
  (draft) => ({ email: draft.email.trim().toLowerCase(), password: draft.password }),
  loginInputSchema,
  (path): { field: LoginField; problem: LoginField } =>
    path[0] === 'password'
      ? { field: 'password', problem: 'password' }
      : { field: 'email', problem: 'email' },
);
