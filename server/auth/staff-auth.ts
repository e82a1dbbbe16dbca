import { qb, runFirst } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import type { StaffUser } from '../../shared/schemas/user';
import { DomainError } from '../../shared/errors';
import { verifyPassword } from './password';
import { createSession, findStaffSession, tokenKindOf } from './sessions';
import { toStaffUser, type UserRow } from './staff-user-row';

/** A valid hash of a random password, verified against when the e-mail is unknown. */
const UNKNOWN_USER_HASH = 'scrypt$16384$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const selectUser = qb
  .selectFrom('users')
  .select(['id', 'store_id', 'email', 'name', 'password_hash', 'permissions', 'is_admin', 'active']);

/** Logs a staff member in: a token and the user, or UNAUTHENTICATED (same message for any failure). */
export async function loginStaff(
  db: Queryable,
  email: string,
  password: string,
): Promise<{ token: string; user: StaffUser }> {
  const row: UserRow | undefined = await runFirst(
    db,
    selectUser.where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(email)]))),
  );
  // an unknown e-mail costs the same hashing time, so timing does not reveal which e-mails exist
  const ok =
    (await verifyPassword(password, row?.password_hash ?? UNKNOWN_USER_HASH)) &&
    row !== undefined &&
    row.active;
  if (!row || !ok) throw new DomainError('UNAUTHENTICATED', 'Wrong e-mail or password');
  const token = await createSession(db, 'staff', row.id);
  return { token, user: toStaffUser(row) };
}

/** Resolves a bearer token to the staff user, or throws UNAUTHENTICATED / FORBIDDEN (customer token). */
export async function authenticateStaff(db: Queryable, token: string | undefined): Promise<StaffUser> {
  if (!token) throw new DomainError('UNAUTHENTICATED', 'Missing bearer token');
  if (tokenKindOf(token) === 'customer') {
    throw new DomainError('FORBIDDEN', 'A customer token cannot be used on staff routes');
  }
  const session = await findStaffSession(db, token);
  if (!session) throw new DomainError('UNAUTHENTICATED', 'Invalid or expired token');
  if (session.deviceRevokedAt !== null && session.deviceId !== null)
    throw deviceRevokedError(session.deviceId);
  if (!session.user) throw new DomainError('UNAUTHENTICATED', 'User no longer active');
  return session.user;
}

/** The active staff user with this id (server-side jobs acting as a known user), or UNAUTHENTICATED. */
export async function authenticatedStaffById(db: Queryable, id: string): Promise<StaffUser> {
  const row: UserRow | undefined = await runFirst(
    db,
    selectUser.where('id', '=', id).where('active', '=', true),
  );
  if (!row) throw new DomainError('UNAUTHENTICATED', 'User no longer active');
  return toStaffUser(row);
}

/** The error a revoked workstation gets on every request: it signs out and deletes its local copy. */
export function deviceRevokedError(deviceId: string): DomainError {
  return new DomainError('DEVICE_REVOKED', 'This workstation was revoked by an administrator', {
    details: { deviceId },
  });
}

/** Extracts the token of an `Authorization: Bearer …` header. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
