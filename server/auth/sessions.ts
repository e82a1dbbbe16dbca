import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/sql-client';
import type { StaffUser } from '../../shared/schemas/user';
import { toStaffUser, type UserRow } from './staff-user-row';

export type TokenKind = 'staff' | 'customer';

const PREFIX: Record<TokenKind, string> = { staff: 'odst_', customer: 'odct_' };
const LIFETIME_DAYS = 30;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates an opaque bearer token of `kind`; only its hash is stored. */
export async function createSession(db: Queryable, kind: TokenKind, subjectId: string): Promise<string> {
  const token = `${PREFIX[kind]}${randomBytes(32).toString('base64url')}`;
  await db.query(
    `INSERT INTO sessions (token_hash, kind, subject_id, expires_at) VALUES ($1, $2, $3, now() + interval '${LIFETIME_DAYS} days')`,
    [hashToken(token), kind, subjectId],
  );
  return token;
}

export interface LiveSession {
  subjectId: string;
  /** The workstation this session was registered from (`sync.registerDevice`), if any. */
  deviceId: string | null;
  /** When that workstation was revoked by an admin; its sessions are refused from then on. */
  deviceRevokedAt: string | null;
}

/** The subject of a live token of the given kind (with the workstation it is bound to), or undefined. */
export async function findSession(
  db: Queryable,
  token: string,
  kind: TokenKind,
): Promise<LiveSession | undefined> {
  if (!token.startsWith(PREFIX[kind])) return undefined;
  const rows = await db.query<{
    subject_id: string;
    device_id: string | null;
    revoked_at: Date | string | null;
  }>(
    `SELECT s.subject_id, s.device_id, d.revoked_at FROM sessions s LEFT JOIN devices d ON d.id = s.device_id
     WHERE s.token_hash = $1 AND s.kind = $2 AND s.expires_at > now()`,
    [hashToken(token), kind],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    subjectId: row.subject_id,
    deviceId: row.device_id,
    deviceRevokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
  };
}

/** A live staff session with its user (undefined when that user is gone or inactive): one round trip. */
export async function findStaffSession(
  db: Queryable,
  token: string,
): Promise<(LiveSession & { user: StaffUser | undefined }) | undefined> {
  if (!token.startsWith(PREFIX.staff)) return undefined;
  const rows = await db.query<
    Omit<UserRow, 'password_hash' | 'active' | 'id' | 'store_id'> & {
      subject_id: string;
      device_id: string | null;
      revoked_at: Date | string | null;
      id: string | null;
      store_id: string;
    }
  >(
    `SELECT s.subject_id, s.device_id, d.revoked_at,
       u.id, u.store_id, u.email, u.name, u.permissions, u.is_admin
     FROM sessions s LEFT JOIN devices d ON d.id = s.device_id
       LEFT JOIN users u ON u.id = s.subject_id AND u.active
     WHERE s.token_hash = $1 AND s.kind = 'staff' AND s.expires_at > now()`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    subjectId: row.subject_id,
    deviceId: row.device_id,
    deviceRevokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
    user: row.id === null ? undefined : toStaffUser({ ...row, id: row.id }),
  };
}

/** Binds a staff session to the workstation that registered with it, so revoking the device ends it. */
export async function bindSessionToDevice(db: Queryable, token: string, deviceId: string): Promise<void> {
  await db.query('UPDATE sessions SET device_id = $2 WHERE token_hash = $1', [hashToken(token), deviceId]);
}

/** Ends every staff session of a user (after an admin set a new password: old sign-ins must not outlive it). */
export async function endStaffSessions(db: Queryable, userId: string): Promise<void> {
  await db.query(`DELETE FROM sessions WHERE kind = 'staff' AND subject_id = $1`, [userId]);
}

/** Kind of a token judged by its prefix (to refuse a customer token on admin routes clearly). */
export function tokenKindOf(token: string): TokenKind | undefined {
  if (token.startsWith(PREFIX.staff)) return 'staff';
  if (token.startsWith(PREFIX.customer)) return 'customer';
  return undefined;
}
