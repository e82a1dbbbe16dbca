import { DomainError } from '../../shared/errors';
import { findUnstorableText } from '../db/storable-text';

/** Keyset position of a list page: the last row's creation time and id. */
export interface PageCursor {
  createdAt: string;
  id: string;
}

/** The opaque cursor of the row a page ended with. */
export function encodePageCursor(row: PageCursor): string {
  return Buffer.from(JSON.stringify({ createdAt: row.createdAt, id: row.id } satisfies PageCursor)).toString(
    'base64url',
  );
}

/** Reads a cursor from a previous page, or BAD_INPUT naming `cursor`. */
export function decodePageCursor(cursor: string): PageCursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<PageCursor> | null;
    if (
      value &&
      typeof value.createdAt === 'string' &&
      typeof value.id === 'string' &&
      findUnstorableText(value) === undefined
    ) {
      return { createdAt: value.createdAt, id: value.id };
    }
  } catch {
    // fall through to the structured error below
  }
  throw new DomainError('BAD_INPUT', 'Invalid cursor', {
    issues: [{ path: 'cursor', message: 'Not a cursor from a previous page' }],
  });
}

/** A cursor whose position is a real timestamp (so it can be compared as one in SQL), else BAD_INPUT. */
export function decodeTimePageCursor(cursor: string): PageCursor {
  const decoded = decodePageCursor(cursor);
  if (Number.isNaN(Date.parse(decoded.createdAt)) || decoded.id.length > 64) {
    throw new DomainError('BAD_INPUT', 'Invalid cursor', {
      issues: [{ path: 'cursor', message: 'Not a cursor from a previous page' }],
    });
  }
  return decoded;
}
