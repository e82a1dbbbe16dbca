import { sql } from 'kysely';
import { qb, run, runFirst } from '../db/kysely';
import type { StockAdjustment } from '../../shared/schemas/product-admin';
import { DomainError } from '../../shared/errors';
import type { Queryable } from '../db/sql-client';
import { decodeTimePageCursor, encodePageCursor } from './page-cursor';

/** A product's recorded stock corrections, newest first (keyset paging). */
export async function listStockAdjustments(
  db: Queryable,
  storeId: string,
  productId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: StockAdjustment[]; nextCursor: string | null }> {
  const product = await runFirst(
    db,
    qb
      .selectFrom('docs')
      .select(sql.lit(1).as('found'))
      .where('collection', '=', 'products')
      .where('id', '=', productId)
      .where('store_id', '=', storeId),
  );
  if (!product) throw new DomainError('NOT_FOUND', `Product ${productId} not found`);
  let select = qb
    .selectFrom('stock_adjustments')
    .selectAll()
    .where('store_id', '=', storeId)
    .where('product_id', '=', productId);
  if (page.cursor) {
    const cursor = decodeTimePageCursor(page.cursor);
    select = select.where(sql<boolean>`(at, id::text) < (${cursor.createdAt}::timestamptz, ${cursor.id})`);
  }
  const rows = await run(
    db,
    select
      .orderBy('at', 'desc')
      .orderBy(sql`id::text`, 'desc')
      .limit(page.limit + 1),
  );
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
