import type { ExceptionStatus, OrderItemException } from '../../shared/schemas/order-exception';
import { DomainError } from '../../shared/errors';
import { normalizeGtinOrThrow } from '../../shared/domain/exceptions/gtin';
import { getDoc } from '../db/doc-store';
import { sql } from 'kysely';
import { docText, liveDocs } from '../db/doc-queries';
import { run, runFirst } from '../db/kysely';
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

interface DataRow {
  data: unknown;
  version: number;
}

function toException(row: DataRow): OrderItemException {
  const data = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as OrderItemException;
  return { ...data, version: row.version };
}

/** The store's live exceptions matching the GTIN and marketplace filters. */
function filteredExceptions(storeId: string, filters: Omit<ExceptionFilters, 'status'>) {
  let query = liveDocs('order_exceptions', storeId);
  if (filters.gtin) query = query.where(docText('gtin'), '=', normalizeGtinOrThrow(filters.gtin, 'gtin'));
  if (filters.marketplace) query = query.where(docText('marketplace'), '=', filters.marketplace);
  return query;
}

/** A page of the store's exceptions, oldest first (a work queue), with counts by status. */
export async function listExceptions(
  db: Queryable,
  storeId: string,
  filters: ExceptionFilters,
  page: { limit: number; cursor?: string | undefined },
): Promise<ExceptionPage> {
  const filtered = filteredExceptions(storeId, filters);
  const countRows = await run(
    db,
    filtered
      .select((eb) => [docText('status').as('status'), eb.fn.countAll<string | number>().as('n')])
      .groupBy(docText('status')),
  );
  const counts: Record<ExceptionStatus, number> = { open: 0, resolved: 0, ignored: 0 };
  for (const row of countRows)
    if (row.status === 'open' || row.status === 'resolved' || row.status === 'ignored')
      counts[row.status] = Number(row.n);
  let select = filtered.select(['data', 'version']);
  if (filters.status) select = select.where(docText('status'), '=', filters.status);
  if (page.cursor) {
    const cursor = decodePageCursor(page.cursor);
    select = select.where(sql<boolean>`(data->>'createdAt', id::text) > (${cursor.createdAt}, ${cursor.id})`);
  }
  const rows = await run(
    db,
    select
      .orderBy(docText('createdAt'))
      .orderBy(sql`id::text`)
      .limit(page.limit + 1),
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
  const query = liveDocs('order_exceptions', storeId)
    .select(['data', 'version'])
    .where(docText('status'), '=', 'open')
    .where(docText('gtin'), '=', gtin14)
    .orderBy('id');
  const rows = await run(db, options.forUpdate ? query.forUpdate() : query);
  return rows.map(toException);
}

/** Any exception of the store with this 14-digit GTIN (open ones first), the target of a bulk command. */
export async function findExceptionIdByGtin(
  db: Queryable,
  storeId: string,
  gtin14: string,
): Promise<string | undefined> {
  const row = await runFirst(
    db,
    liveDocs('order_exceptions', storeId)
      .select('id')
      .where(docText('gtin'), '=', gtin14)
      .orderBy(sql`(data->>'status' = 'open')`, 'desc')
      .orderBy('id')
      .limit(1),
  );
  return row?.id;
}
