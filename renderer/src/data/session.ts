import { TRPCClientError } from '@trpc/client';
import { z } from 'zod';
import { staffUserSchema, type StaffUser } from '../../../shared/schemas/user';
import { DomainError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { checkVerifier, createVerifier } from './offline-verifier';
import { createTrpcClient } from './trpc-client';

export interface Session {
  token: string;
  user: StaffUser;
  deviceId: string;
  /** True when this session was opened without reaching the server. */
  offline: boolean;
}

const knownUserSchema = z.object({ token: z.string(), user: staffUserSchema, verifier: z.string() });
const KNOWN_USERS = 'orderdesk.known-users';
const CURRENT = 'orderdesk.current-user';
const DEVICE = 'orderdesk.device-id';
const REVOKED_NOTICE = 'orderdesk.revoked-at';

/** This workstation's id, created once and kept. */
export function deviceId(): string {
  let id = localStorage.getItem(DEVICE);
  if (!id) {
    id = newId();
    localStorage.setItem(DEVICE, id);
  }
  return id;
}

function knownUsers(): Record<string, z.infer<typeof knownUserSchema>> {
  const parsed = z
    .record(z.string(), knownUserSchema)
    .safeParse(JSON.parse(localStorage.getItem(KNOWN_USERS) ?? '{}'));
  return parsed.success ? parsed.data : {};
}

/** The session kept from the last login on this device, if any. */
export function restoreSession(): Session | undefined {
  const email = localStorage.getItem(CURRENT);
  const known = email ? knownUsers()[email] : undefined;
  return known
    ? { token: known.token, user: known.user, deviceId: deviceId(), offline: !navigator.onLine }
    : undefined;
}

function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return error instanceof TypeError;
  const data: unknown = error.data;
  return data === undefined || data === null;
}

/** Logs in at the server; without a connection, checks the password against this device's verifier. */
export async function login(email: string, password: string): Promise<Session> {
  const key = email.trim().toLowerCase();
  try {
    const result = await createTrpcClient(() => undefined).auth.login.mutate({ email: key, password });
    const users = knownUsers();
    users[key] = { token: result.token, user: result.user, verifier: await createVerifier(password) };
    localStorage.setItem(KNOWN_USERS, JSON.stringify(users));
    localStorage.setItem(CURRENT, key);
    clearRevokedNotice();
    return { token: result.token, user: result.user, deviceId: deviceId(), offline: false };
  } catch (error) {
    if (!isNetworkFailure(error))
      throw error instanceof TRPCClientError ? new DomainError('UNAUTHENTICATED', error.message) : error;
    const known = knownUsers()[key];
    if (!known)
      throw new DomainError(
        'UNAUTHENTICATED',
        'No connection, and this user has not signed in on this workstation before',
      );
    if (!(await checkVerifier(password, known.verifier)))
      throw new DomainError('UNAUTHENTICATED', 'Wrong e-mail or password');
    localStorage.setItem(CURRENT, key);
    return { token: known.token, user: known.user, deviceId: deviceId(), offline: true };
  }
}

/** Ends the session on this device (the offline verifier stays so the user can sign in offline again). */
export function logout(): void {
  localStorage.removeItem(CURRENT);
}

/**
 * Forgets every sign-in kept on this workstation (tokens, offline verifiers); with `newDeviceId`
 * also the device id, so a revoked workstation comes back, if ever, as a new device.
 */
export function forgetSignIns(options: { newDeviceId: boolean }): void {
  localStorage.removeItem(CURRENT);
  localStorage.removeItem(KNOWN_USERS);
  if (options.newDeviceId) {
    localStorage.removeItem(DEVICE);
    localStorage.setItem(REVOKED_NOTICE, new Date().toISOString());
  }
}

/** True once after a revoke wiped this workstation (the login screen says why the user was signed out). */
export function wasRevoked(): boolean {
  return localStorage.getItem(REVOKED_NOTICE) !== null;
}

/** The next successful sign-in clears the revoke notice. */
function clearRevokedNotice(): void {
  localStorage.removeItem(REVOKED_NOTICE);
}

/** True when someone signed in on this workstation before (it may hold a local copy). */
export function hasKnownUsers(): boolean {
  return Object.keys(knownUsers()).length > 0;
}
