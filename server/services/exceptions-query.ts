import type { ExceptionStatus, OrderItemException } from '../../shared/schemas/order-exception';
import { DomainError } from '../../shared/errors';
import { normalizeGtinOrThrow } from '../../shared/domain/exceptions/gtin';
import { getDoc } from '../db/doc-store';
import type { Queryable } from '../db/sql-client';
import { decodePageCursor, encodePageCursor } from './page-cursor';

export interface ExceptionFilters {
  status?: ExceptionStatus | undefined;
  gtin?: string | undefined;
  marketplace?: string | undefined;
}

export interface ExceptionPage {
  items: OrderItemException[];
  nextCursor: string | null;
  /** Counts by status for the GTIN and marketplace filters (status filter not applied). */
  counts: Record<ExceptionStatus, number>;
}

type DataRow = { data: OrderItemException | string; version: number };

function toException(row: DataRow): OrderItemException {
  const data = typeof row.data === 'string' ? (JSON.parse(row.data) as OrderItemException) : row.data;
  return { ...data, version: row.version };
}

function filterSql(
  storeId: string,
  filters: Omit<ExceptionFilters, 'status'>,
): { clauses: string[]; params: unknown[] } {
  const params: unknown[] = [storeId];
  const clauses = [`collection = 'order_exceptions'`, 'store_id = $1', 'NOT deleted'];
  if (filters.gtin) {
    params.push(normalizeGtinOrThrow(filters.gtin, 'gtin'));
    clauses.push(`data->>'gtin' = $${params.length}`);
  }
  if (filters.marketplace) {
    params.push(filters.marketplace);
    clauses.push(`data->>'marketplace' = $${params.length}`);
  }
  return { clauses, params };
}

/** A page of the store's exceptions, oldest first (a work queue), with counts by status. */
export async function listExceptions(
  db: Queryable,
  storeId: string,
  filters: ExceptionFilters,
  page: { limit: number; cursor?: string | undefined },
): Promise<ExceptionPage> {
  const { clauses, params } = filterSql(storeId, filters);
  const countRows = await db.query<{ status: string; n: string | number }>(
    `SELECT data->>'status' AS status, count(*) AS n FROM docs WHERE ${clauses.join(' AND ')} GROUP BY 1`,
    params,
  );
  const counts: Record<ExceptionStatus, number> = { open: 0, resolved: 0, ignored: 0 };
  for (const row of countRows)
    if (row.status === 'open' || row.status === 'resolved' || row.status === 'ignored')
      counts[row.status] = Number(row.n);
  if (filters.status) {
    params.push(filters.status);
    clauses.push(`data->>'status' = $${params.length}`);
  }
  if (page.cursor) {
    const cursor = decodePageCursor(page.cursor);
    params.push(cursor.createdAt, cursor.id);
    clauses.push(`(data->>'createdAt', id::text) > ($${params.length - 1}, $${params.length})`);
  }
  params.push(page.limit + 1);
  const rows = await db.query<DataRow>(
    `SELECT data, version FROM docs WHERE ${clauses.join(' AND ')} ORDER BY data->>'createdAt', id::text LIMIT $${params.length}`,
    params,
  );
  const items = rows.slice(0, page.limit).map(toException);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encodePageCursor(last) : null, counts };
}

/** One exception of the store, or NOT_FOUND. */
export async function getException(db: Queryable, storeId: string, id: string): Promise<OrderItemException> {
  const stored = await getDoc<OrderItemException>(db, 'order_exceptions', id, { storeId });
  if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Exception ${id} not found`);
  return { ...stored.data, version: stored.version };
}

/** Open exceptions of the store with a 14-digit GTIN, optionally locked for the caller's transaction. */
export async function loadOpenExceptionsByGtin(
  db: Queryable,
  storeId: string,
  gtin14: string,
  options: { forUpdate?: boolean } = {},
): Promise<OrderItemException[]> {
  const rows = await db.query<DataRow>(
    `SELECT data, version FROM docs WHERE collection = 'order_exceptions' AND store_id = $1 AND NOT deleted
       AND data->>'status' = 'open' AND data->>'gtin' = $2 ORDER BY id${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [storeId, gtin14],
  );
  return rows.map(toException);
}

/** Any exception of the store with this 14-digit GTIN (open ones first), the target of a bulk command. */
export async function findExceptionIdByGtin(
  db: Queryable,
  storeId: string,
  gtin14: string,
): Promise<string | undefined> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM docs WHERE collection = 'order_exceptions' AND store_id = $1 AND NOT deleted AND data->>'gtin' = $2
     ORDER BY (data->>'status' = 'open') DESC, id LIMIT 1`,
    [storeId, gtin14],
  );
  return rows[0]?.id;
}
