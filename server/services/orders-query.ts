import type { Order } from '../../shared/schemas/order';
import type { OrderFilters } from '../../shared/schemas/order-filters';
import { DomainError } from '../../shared/errors';
import { defaultStoreTimeZone } from '../../shared/dates/store-date';
import { orderDateBounds } from '../../shared/domain/order/order-date-range';
import { getDoc } from '../db/doc-store';
import type { Queryable } from '../db/sql-client';
import { decodePageCursor, encodePageCursor } from './page-cursor';
import { filterTimeZone } from './store-time-zone';

/** SQL WHERE fragments and parameters for the list filters (newest first, keyset paging). */
export function orderFilterSql(
  storeId: string,
  filters: OrderFilters,
  timeZone: string = defaultStoreTimeZone,
): { where: string; params: unknown[] } {
  const params: unknown[] = ['orders', storeId];
  const clauses = ['collection = $1', 'store_id = $2', 'NOT deleted'];
  const add = (sql: (p: string) => string, value: unknown): void => {
    params.push(value);
    clauses.push(sql(`$${params.length}`));
  };
  if (filters.status) add((p) => `data->>'status' = ${p}`, filters.status);
  if (filters.paymentStatus) add((p) => `data->>'paymentStatus' = ${p}`, filters.paymentStatus);
  if (filters.fulfillmentStatus) add((p) => `data->>'fulfillmentStatus' = ${p}`, filters.fulfillmentStatus);
  if (filters.channel) add((p) => `data->>'channel' = ${p}`, filters.channel);
  if (filters.tag) add((p) => `data->'tags' ? ${p}`, filters.tag);
  if (filters.country) add((p) => `data->'shippingAddress'->>'country' = ${p}`, filters.country);
  if (filters.hasExceptions !== undefined) {
    clauses.push(`COALESCE((data->>'openExceptionCount')::int, 0) ${filters.hasExceptions ? '>' : '='} 0`);
  }
  const bounds = orderDateBounds(filters, timeZone);
  if (bounds.from) add((p) => `data->>'createdAt' >= ${p}`, bounds.from);
  if (bounds.to) add((p) => `data->>'createdAt' <= ${p}`, bounds.to);
  if (filters.q) {
    params.push(`%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, filters.q);
    const like = `$${params.length - 1}`;
    const exact = `$${params.length}`;
    clauses.push(`(data->>'number' ILIKE ${like} OR data->'customer'->>'name' ILIKE ${like}
      OR data->'customer'->>'email' ILIKE ${like}
      OR EXISTS (SELECT 1 FROM jsonb_array_elements(data->'items') item WHERE item->'product'->>'gtin' = lpad(${exact}, 14, '0'))
      OR EXISTS (SELECT 1 FROM jsonb_array_elements(data->'shipments') s WHERE s->>'trackingNumber' = ${exact}))`);
  }
  return { where: clauses.join(' AND '), params };
}

/** The keyset page query: `columns` of the orders matching the filters after the cursor, limit + 1 rows. */
export function orderPageSql(
  columns: string,
  storeId: string,
  filters: OrderFilters,
  page: { limit: number; cursor?: string | undefined },
  timeZone: string = defaultStoreTimeZone,
): { sql: string; params: unknown[] } {
  const { where, params } = orderFilterSql(storeId, filters, timeZone);
  let sql = `SELECT ${columns} FROM docs WHERE ${where}`;
  if (page.cursor) {
    const cursor = decodePageCursor(page.cursor);
    params.push(cursor.createdAt, cursor.id);
    sql += ` AND (data->>'createdAt', id::text) < ($${params.length - 1}, $${params.length})`;
  }
  params.push(page.limit + 1);
  sql += ` ORDER BY data->>'createdAt' DESC, id::text DESC LIMIT $${params.length}`;
  return { sql, params };
}

/** A page of orders matching the filters, newest first, with a cursor for the next page. */
export async function listOrders(
  db: Queryable,
  storeId: string,
  filters: OrderFilters,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: Order[]; nextCursor: string | null }> {
  const timeZone = await filterTimeZone(db, storeId, filters);
  const { sql, params } = orderPageSql('data', storeId, filters, page, timeZone);
  const rows = await db.query<{ data: Order }>(sql, params);
  const items = rows.slice(0, page.limit).map((row) => row.data);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encodePageCursor(last) : null };
}

/** One order of the store, or NOT_FOUND. */
export async function getOrder(db: Queryable, storeId: string, id: string): Promise<Order> {
  const stored = await getDoc<Order>(db, 'orders', id, { storeId });
  if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Order ${id} not found`);
  return { ...stored.data, version: stored.version };
}
