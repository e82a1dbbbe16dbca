import type { OrderFilters } from '../../shared/schemas/order-filters';
import { DomainError } from '../../shared/errors';
import type { Queryable } from '../db/sql-client';
import { orderPageSql } from './orders-query';
import { filterTimeZone } from './store-time-zone';
import { encodePageCursor } from './page-cursor';

/*
 * The read path of the REST order list and detail: the stored JSON text goes out as it is. The same
 * rows as listOrders/getOrder, but PostgreSQL's text of each document is concatenated into the answer
 * instead of being parsed into objects and serialised again (the same JSON; jsonb's text has a space
 * after `:` and `,`, the keys in jsonb's order, which the parsed objects had too).
 */

/** The list answer `{"items":[…],"nextCursor":…}` as JSON text, same page and cursor as listOrders. */
export async function listOrdersJson(
  db: Queryable,
  storeId: string,
  filters: OrderFilters,
  page: { limit: number; cursor?: string | undefined },
): Promise<string> {
  const { sql, params } = orderPageSql(
    `id::text AS id, data->>'createdAt' AS created_at, data::text AS json`,
    storeId,
    filters,
    page,
    await filterTimeZone(db, storeId, filters),
  );
  const rows = await db.query<{ id: string; created_at: string; json: string }>(sql, params);
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > page.limit && last ? encodePageCursor({ createdAt: last.created_at, id: last.id }) : null;
  return `{"items":[${items.map((row) => row.json).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}

/** One order of the store as JSON text (its version from the row, as getOrder), or NOT_FOUND. */
export async function getOrderJson(db: Queryable, storeId: string, id: string): Promise<string> {
  const rows = await db.query<{ json: string }>(
    `SELECT jsonb_set(data, '{version}', to_jsonb(version))::text AS json FROM docs
     WHERE collection = 'orders' AND id = $1 AND store_id = $2 AND NOT deleted`,
    [id, storeId],
  );
  const row = rows[0];
  if (!row) throw new DomainError('NOT_FOUND', `Order ${id} not found`);
  return row.json;
}

/**
 * The store's orders watermark: the highest sequence number any of its orders was written with.
 * Every write of an order (soft deletes too) takes a fresh number under the write lock, so an
 * unchanged watermark means no order of the store changed — the invariant the sync pull relies on.
 */
export async function ordersWatermark(db: Queryable, storeId: string): Promise<string> {
  const rows = await db.query<{ seq: string | number | null }>(
    `SELECT max(seq) AS seq FROM docs WHERE collection = 'orders' AND store_id = $1`,
    [storeId],
  );
  return String(rows[0]?.seq ?? 0);
}
