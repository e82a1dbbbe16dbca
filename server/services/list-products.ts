import type { Product } from '../../shared/schemas/product';
import type { ProductListQuery } from '../../shared/schemas/product-admin';
import { DomainError } from '../../shared/errors';
import { sql } from 'kysely';
import { docText, liveDocs } from '../db/doc-queries';
import { run } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import { findInvalidText } from '../../shared/text';

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
    if (
      value &&
      typeof value.name === 'string' &&
      typeof value.id === 'string' &&
      findInvalidText(value) === undefined
    )
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
  const sortName = sql<string>`lower(data->>'name')`;
  let select = liveDocs('products', storeId).select([
    sql<string>`id::text`.as('id'),
    'data',
    'version',
    sortName.as('sort_name'),
  ]);
  if (query.q) {
    const pattern = likePattern(query.q);
    const gtin = /^\d{8,14}$/.test(query.q) ? query.q.padStart(14, '0') : null;
    select = select.where((eb) =>
      eb.or([
        eb(docText('name'), 'ilike', pattern),
        eb(docText('sku'), 'ilike', pattern),
        ...(gtin === null ? [] : [eb(docText('gtin'), '=', gtin)]),
      ]),
    );
  }
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    select = select.where(sql<boolean>`(${sortName} COLLATE "C", id::text) > (${cursor.name}, ${cursor.id})`);
  }
  const rows = await run(
    db,
    select
      .orderBy(sql`${sortName} COLLATE "C"`)
      .orderBy(sql`id::text`)
      .limit(query.limit + 1),
  );
  const page = rows.slice(0, query.limit);
  const items = page.map((row) => {
    const data = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Product;
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
