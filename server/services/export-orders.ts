import type { Order } from '../../shared/schemas/order';
import type { OrderFilters } from '../../shared/schemas/order-filters';
import { DomainError } from '../../shared/errors';
import { toCsv } from '../../shared/export/csv';
import { toXlsx } from '../../shared/export/xlsx';
import {
  buildOrderExportTable,
  exportFileName,
  resolveColumns,
  type ExportOptions,
} from '../../shared/export/order-export';
import { run } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import type { FileResponse } from '../rest/define-route';
import { filteredOrders } from './orders-query';
import { docText } from '../db/doc-queries';
import { sql } from 'kysely';
import { filterTimeZone, storeTimeZone } from './store-time-zone';

/**
 * Ceiling on one export, so a request cannot exhaust the server's memory. Above it the export is
 * refused (422 naming the limit), never silently cut: narrow the filters (e.g. a date range).
 */
export const MAX_EXPORT_ORDERS = 200_000;

/** Every order matching the filters (newest first) or, with `ids`, exactly those orders of the store. */
export async function findOrdersForExport(
  db: Queryable,
  storeId: string,
  filters: OrderFilters,
  ids?: readonly string[],
  maxOrders = MAX_EXPORT_ORDERS,
): Promise<Order[]> {
  let query = filteredOrders(storeId, filters, await filterTimeZone(db, storeId, filters)).select('data');
  if (ids) query = query.where((eb) => eb('id', '=', eb.fn.any(sql<string[]>`${[...ids]}::uuid[]`)));
  const rows = await run(
    db,
    query
      .orderBy(docText('createdAt'), 'desc')
      .orderBy(sql`id::text`, 'desc')
      .limit(maxOrders + 1),
  );
  if (rows.length > maxOrders) {
    throw new DomainError(
      'BUSINESS_RULE',
      `More than ${maxOrders} orders match: narrow the filters (e.g. a date range) and export in parts`,
      { details: { limit: maxOrders } },
    );
  }
  return rows.map((row) => (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Order);
}

/** Builds the CSV (in the chosen dialect) or XLSX file of the filtered orders (or their lines) with the chosen columns. */
export async function exportOrders(
  db: Queryable,
  storeId: string,
  filters: OrderFilters,
  options: ExportOptions,
  now: Date,
  maxOrders = MAX_EXPORT_ORDERS,
): Promise<FileResponse> {
  const { keys, unknown } = resolveColumns(options.lines, options.columns);
  if (unknown.length > 0) {
    throw new DomainError('BAD_INPUT', `Unknown export columns: ${unknown.join(', ')}`, {
      issues: [{ path: 'columns', message: `Unknown: ${unknown.join(', ')}` }],
    });
  }
  const orders = await findOrdersForExport(db, storeId, filters, undefined, maxOrders);
  const table = buildOrderExportTable(orders, options.lines, keys);
  const timeZone = await storeTimeZone(db, storeId);
  const fileName = exportFileName(options.lines, options.format, now, timeZone);
  return options.format === 'csv'
    ? {
        kind: 'file',
        contentType: 'text/csv; charset=utf-8',
        fileName,
        body: toCsv(table, options.dialect, timeZone),
      }
    : {
        kind: 'file',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName,
        body: await toXlsx(table, options.lines ? 'Order lines' : 'Orders'),
      };
}
