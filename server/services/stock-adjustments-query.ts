import type { Selectable } from 'kysely';
import type { StockAdjustmentsTable } from '../db/database';
import type { StockAdjustment } from '../../shared/schemas/product-admin';
import { DomainError } from '../../shared/errors';
import type { Queryable } from '../db/sql-client';
import { decodeTimePageCursor, encodePageCursor } from './page-cursor';

/** A stock_adjustments row as the raw query returns it (`at` is text on PGlite, a Date on pg). */
type Row = Omit<Selectable<StockAdjustmentsTable>, 'store_id' | 'at'> & { at: Date | string };

/** A product's recorded stock corrections, newest first (keyset paging). */
export async function listStockAdjustments(
  db: Queryable,
  storeId: string,
  productId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: StockAdjustment[]; nextCursor: string | null }> {
  const exists = await db.query(
    `SELECT 1 FROM docs WHERE collection = 'products' AND id = $1 AND store_id = $2`,
    [productId, storeId],
  );
  if (exists.length === 0) throw new DomainError('NOT_FOUND', `Product ${productId} not found`);
  const params: unknown[] = [storeId, productId];
  let sql = 'SELECT * FROM stock_adjustments WHERE store_id = $1 AND product_id = $2';
  if (page.cursor) {
    const cursor = decodeTimePageCursor(page.cursor);
    params.push(cursor.createdAt, cursor.id);
    sql += ' AND (at, id::text) < ($3::timestamptz, $4)';
  }
  params.push(page.limit + 1);
  sql += ` ORDER BY at DESC, id::text DESC LIMIT $${params.length}`;
  const rows = await db.query<Row>(sql, params);
  const items = rows.slice(0, page.limit).map((row): StockAdjustment => ({
    id: row.id,
    productId: row.product_id,
    delta: row.delta,
    onHandBefore: row.on_hand_before,
    onHandAfter: row.on_hand_after,
    reason: row.reason,
    userId: row.user_id,
    at: new Date(row.at).toISOString(),
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > page.limit && last ? encodePageCursor({ createdAt: last.at, id: last.id }) : null,
  };
}
