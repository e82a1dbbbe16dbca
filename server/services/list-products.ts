import type { Product } from '../../shared/schemas/product';
import type { ProductListQuery } from '../../shared/schemas/product-admin';
import { DomainError } from '../../shared/errors';
import type { Queryable } from '../db/sql-client';
import { findUnstorableText } from '../db/storable-text';

/** Keyset position in the catalog list (ordered by lower-case name in code-point order, then id). */
interface ProductCursor {
  name: string;
  id: string;
}

function encodeCursor(cursor: ProductCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(cursor: string): ProductCursor {
  try {
    const value = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    ) as Partial<ProductCursor> | null;
    if (value && typeof value.name === 'string' && typeof value.id === 'string' && !findUnstorableText(value))
      return { name: value.name, id: value.id };
  } catch {
    // fall through to the structured error
  }
  throw new DomainError('BAD_INPUT', 'Invalid cursor', {
    issues: [{ path: 'cursor', message: 'Not a cursor from a previous page' }],
  });
}

/** `%q%` for ILIKE with the pattern characters escaped. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A page of the store's catalog by name: `q` matches a substring of name or SKU, or a GTIN exactly
 * (GTIN-8/12/13 find the stored 14-digit form).
 */
export async function listProducts(
  db: Queryable,
  storeId: string,
  query: ProductListQuery,
): Promise<{ items: Product[]; nextCursor: string | null }> {
  const params: unknown[] = [storeId];
  const clauses = [`collection = 'products'`, 'store_id = $1', 'NOT deleted'];
  if (query.q) {
    params.push(likePattern(query.q));
    const gtin = /^\d{8,14}$/.test(query.q) ? query.q.padStart(14, '0') : null;
    params.push(gtin);
    clauses.push(
      `(data->>'name' ILIKE $2 OR data->>'sku' ILIKE $2 OR ($3::text IS NOT NULL AND data->>'gtin' = $3))`,
    );
  }
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    params.push(cursor.name, cursor.id);
    clauses.push(`(lower(data->>'name') COLLATE "C", id::text) > ($${params.length - 1}, $${params.length})`);
  }
  params.push(query.limit + 1);
  const rows = await db.query<{ id: string; data: Product | string; version: number; sort_name: string }>(
    `SELECT id::text AS id, data, version, lower(data->>'name') AS sort_name FROM docs WHERE ${clauses.join(' AND ')}
     ORDER BY lower(data->>'name') COLLATE "C", id::text LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, query.limit);
  const items = page.map((row) => {
    const data = typeof row.data === 'string' ? (JSON.parse(row.data) as Product) : row.data;
    return { ...data, version: row.version };
  });
  // the cursor carries the database's own lower-case form, so the next page starts exactly after it
  const last = page.at(-1);
  return {
    items,
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ name: last.sort_name, id: last.id }) : null,
  };
}
