import type { Order } from '../../shared/schemas/order';
import type { OrderFilters } from '../../shared/schemas/order-filters';
import { DomainError } from '../../shared/errors';
import { defaultStoreTimeZone } from '../../shared/dates/store-date';
import { orderDateBounds } from '../../shared/domain/order/order-date-range';
import { getDoc } from '../db/doc-store';
import { expressionBuilder, sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Database } from '../db/database';
import { docText, liveDocs } from '../db/doc-queries';
import { run } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import { decodePageCursor, encodePageCursor } from './page-cursor';
import { filterTimeZone } from './store-time-zone';

/** The store's live orders matching the list filters (calendar days read in `timeZone`). */
export function filteredOrders(
  storeId: string,
  filters: OrderFilters,
  timeZone: string = defaultStoreTimeZone,
): SelectQueryBuilder<Database, 'docs', object> {
  let query = liveDocs('orders', storeId);
  if (filters.status) query = query.where(docText('status'), '=', filters.status);
  if (filters.paymentStatus) query = query.where(docText('paymentStatus'), '=', filters.paymentStatus);
  if (filters.fulfillmentStatus)
    query = query.where(docText('fulfillmentStatus'), '=', filters.fulfillmentStatus);
  if (filters.channel) query = query.where(docText('channel'), '=', filters.channel);
  if (filters.tag) query = query.where(sql<boolean>`data->'tags' ? ${filters.tag}`);
  if (filters.country) query = query.where(sql`data->'shippingAddress'->>'country'`, '=', filters.country);
  if (filters.hasExceptions !== undefined) {
    const openExceptions = sql<number>`COALESCE((data->>'openExceptionCount')::int, 0)`;
    query = query.where(openExceptions, filters.hasExceptions ? '>' : '=', sql.lit(0));
  }
  const bounds = orderDateBounds(filters, timeZone);
  if (bounds.from) query = query.where(docText('createdAt'), '>=', bounds.from);
  if (bounds.to) query = query.where(docText('createdAt'), '<=', bounds.to);
  if (filters.q) query = query.where(matchesSearch(filters.q));
  return query;
}

/** The search box: part of the number, customer name or e-mail, or exactly a line's GTIN or a tracking number. */
function matchesSearch(q: string): Expression<SqlBool> {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return expressionBuilder<Database, 'docs'>().or([
    sql<boolean>`data->>'number' ILIKE ${like}`,
    sql<boolean>`data->'customer'->>'name' ILIKE ${like}`,
    sql<boolean>`data->'customer'->>'email' ILIKE ${like}`,
    // the arrays inside the document: jsonb_array_elements, which the builder does not model
    sql<boolean>`EXISTS (SELECT 1 FROM jsonb_array_elements(data->'items') item WHERE item->'product'->>'gtin' = lpad(${q}, 14, '0'))`,
    sql<boolean>`EXISTS (SELECT 1 FROM jsonb_array_elements(data->'shipments') s WHERE s->>'trackingNumber' = ${q})`,
  ]);
}

/** One keyset page of `query` (orders, newest first): the rows after the cursor, limit + 1 of them. */
export function orderPage<O>(
  query: SelectQueryBuilder<Database, 'docs', O>,
  page: { limit: number; cursor?: string | undefined },
): SelectQueryBuilder<Database, 'docs', O> {
  let paged = query;
  if (page.cursor) {
    const cursor = decodePageCursor(page.cursor);
    paged = paged.where(sql<boolean>`(data->>'createdAt', id::text) < (${cursor.createdAt}, ${cursor.id})`);
  }
  return paged
    .orderBy(docText('createdAt'), 'desc')
    .orderBy(sql`id::text`, 'desc')
    .limit(page.limit + 1);
}

/** A page of orders matching the filters, newest first, with a cursor for the next page. */
export async function listOrders(
  db: Queryable,
  storeId: string,
  filters: OrderFilters,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: Order[]; nextCursor: string | null }> {
  const timeZone = await filterTimeZone(db, storeId, filters);
  const rows = await run(db, orderPage(filteredOrders(storeId, filters, timeZone).select('data'), page));
  // the driver parses jsonb into the document
  const items = rows.slice(0, page.limit).map((row) => row.data as Order);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encodePageCursor(last) : null };
}

/** One order of the store, or NOT_FOUND. */
export async function getOrder(db: Queryable, storeId: string, id: string): Promise<Order> {
  const stored = await getDoc<Order>(db, 'orders', id, { storeId });
  if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Order ${id} not found`);
  return { ...stored.data, version: stored.version };
}
