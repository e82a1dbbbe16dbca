import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/sql-client';

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

/** The subject of a live token of the given kind, or undefined. */
export async function findSession(
  db: Queryable,
  token: string,
  kind: TokenKind,
): Promise<{ subjectId: string } | undefined> {
  if (!token.startsWith(PREFIX[kind])) return undefined;
  const rows = await db.query<{ subject_id: string }>(
    'SELECT subject_id FROM sessions WHERE token_hash = $1 AND kind = $2 AND expires_at > now()',
    [hashToken(token), kind],
  );
  const row = rows[0];
  return row ? { subjectId: row.subject_id } : undefined;
}

/** Kind of a token judged by its prefix (to refuse a customer token on admin routes clearly). */
export function tokenKindOf(token: string): TokenKind | undefined {
  if (token.startsWith(PREFIX.staff)) return 'staff';
  if (token.startsWith(PREFIX.customer)) return 'customer';
  return undefined;
}
