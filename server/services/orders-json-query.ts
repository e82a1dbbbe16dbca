import type { OrderFilters } from '../../shared/schemas/order-filters';
import { DomainError } from '../../shared/errors';
import { sql } from 'kysely';
import { liveDocs } from '../db/doc-queries';
import { qb, run, runFirst } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import { filteredOrders, orderPage } from './orders-query';
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
  const orders = filteredOrders(storeId, filters, await filterTimeZone(db, storeId, filters)).select([
    sql<string>`id::text`.as('id'),
    sql<string>`data->>'createdAt'`.as('created_at'),
    // PostgreSQL's own text of the document, passed through unparsed
    sql<string>`data::text`.as('json'),
  ]);
  const rows = await run(db, orderPage(orders, page));
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > page.limit && last ? encodePageCursor({ createdAt: last.created_at, id: last.id }) : null;
  return `{"items":[${items.map((row) => row.json).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}

/** One order of the store as JSON text (its version from the row, as getOrder), or NOT_FOUND. */
export async function getOrderJson(db: Queryable, storeId: string, id: string): Promise<string> {
  const row = await runFirst(
    db,
    liveDocs('orders', storeId)
      .select(sql<string>`jsonb_set(data, '{version}', to_jsonb(version))::text`.as('json'))
      .where('id', '=', id),
  );
  if (!row) throw new DomainError('NOT_FOUND', `Order ${id} not found`);
  return row.json;
}

/**
 * The store's orders watermark: the highest sequence number any of its orders was written with.
 * Every write of an order (soft deletes too) takes a fresh number under the write lock, so an
 * unchanged watermark means no order of the store changed — the invariant the sync pull relies on.
 */
export async function ordersWatermark(db: Queryable, storeId: string): Promise<string> {
  const row = await runFirst(
    db,
    qb
      .selectFrom('docs')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('collection', '=', 'orders')
      .where('store_id', '=', storeId),
  );
  return String(row?.seq ?? 0);
}
