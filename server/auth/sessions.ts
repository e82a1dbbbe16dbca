import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { qb, run } from '../db/kysely';
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
  await run(
    db,
    qb.insertInto('sessions').values({
      token_hash: hashToken(token),
      kind,
      subject_id: subjectId,
      expires_at: sql<Date>`now() + make_interval(days => ${LIFETIME_DAYS})`,
    }),
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
  const rows = await run(
    db,
    qb
      .selectFrom('sessions as s')
      .leftJoin('devices as d', 'd.id', 's.device_id')
      .select(['s.subject_id', 's.device_id', 'd.revoked_at'])
      .where('s.token_hash', '=', hashToken(token))
      .where('s.kind', '=', kind)
      .where('s.expires_at', '>', sql<Date>`now()`),
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
  const rows = await run(
    db,
    qb
      .selectFrom('sessions as s')
      .leftJoin('devices as d', 'd.id', 's.device_id')
      .leftJoin('users as u', (join) => join.onRef('u.id', '=', 's.subject_id').on('u.active', '=', true))
      .select([
        's.subject_id',
        's.device_id',
        'd.revoked_at',
        'u.id',
        'u.store_id',
        'u.email',
        'u.name',
        'u.permissions',
        'u.is_admin',
      ])
      .where('s.token_hash', '=', hashToken(token))
      .where('s.kind', '=', 'staff')
      .where('s.expires_at', '>', sql<Date>`now()`),
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    subjectId: row.subject_id,
    deviceId: row.device_id,
    deviceRevokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
    // the user's columns come together from the left join: all present when its id is
    user: row.id === null ? undefined : toStaffUser(row as Omit<UserRow, 'password_hash' | 'active'>),
  };
}

/** Binds a staff session to the workstation that registered with it, so revoking the device ends it. */
export async function bindSessionToDevice(db: Queryable, token: string, deviceId: string): Promise<void> {
  await run(
    db,
    qb.updateTable('sessions').set({ device_id: deviceId }).where('token_hash', '=', hashToken(token)),
  );
}

/** Ends every staff session of a user (after an admin set a new password: old sign-ins must not outlive it). */
export async function endStaffSessions(db: Queryable, userId: string): Promise<void> {
  await run(db, qb.deleteFrom('sessions').where('kind', '=', 'staff').where('subject_id', '=', userId));
}

/** Kind of a token judged by its prefix (to refuse a customer token on admin routes clearly). */
export function tokenKindOf(token: string): TokenKind | undefined {
  if (token.startsWith(PREFIX.staff)) return 'staff';
  if (token.startsWith(PREFIX.customer)) return 'customer';
  return undefined;
}
