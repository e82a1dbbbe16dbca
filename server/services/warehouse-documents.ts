import type { Order } from '../../shared/schemas/order';
import type { PickListRequest } from '../../shared/schemas/pick-list-request';
import { maxPickListOrders } from '../../shared/schemas/pick-list-request';
import { DomainError } from '../../shared/errors';
import { buildPickList } from '../../shared/domain/picking/build-pick-list';
import { renderPackingSlipPdf } from '../../shared/warehouse-pdf/render-packing-slip-pdf';
import { renderPickListPdf } from '../../shared/warehouse-pdf/render-pick-list-pdf';
import { getDoc } from '../db/doc-store';
import { sql } from 'kysely';
import { docText } from '../db/doc-queries';
import { qb, run } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import type { FileResponse } from '../rest/define-route';
import type { AppContext } from './app-context';
import { findOrdersForExport } from './export-orders';
import { loadStore } from './invoicing/invoice-settings-store';
import { getOrder } from './orders-query';
import { storeDate } from '../../shared/dates/store-date';
import { storeTimeZone } from './store-time-zone';

/** The language of printed documents: the invoice settings' language (English until they are set up). */
async function documentLanguage(db: Queryable, storeId: string): Promise<string> {
  const stored = await getDoc<{ language?: string }>(db, 'invoice_settings', storeId, { storeId });
  return stored && !stored.deleted ? (stored.data.language ?? 'en') : 'en';
}

async function shippingMethodName(db: Queryable, storeId: string, id: string | null): Promise<string | null> {
  if (id === null) return null;
  const stored = await getDoc<{ name: string }>(db, 'shipping_methods', id, { storeId });
  return stored?.data.name ?? null;
}

/** The packing slip of one order as PDF (no prices). */
export async function packingSlipPdf(
  app: AppContext,
  storeId: string,
  orderId: string,
): Promise<FileResponse> {
  const order = await getOrder(app.db, storeId, orderId);
  const store = await loadStore(app.db, storeId);
  const body = renderPackingSlipPdf({
    order,
    sender: { name: store.name, address: store.address },
    shippingMethodName: await shippingMethodName(app.db, storeId, order.shippingMethodId),
    language: await documentLanguage(app.db, storeId),
    timeZone: await storeTimeZone(app.db, storeId),
  });
  return { kind: 'file', contentType: 'application/pdf', fileName: `packing-slip-${order.number}.pdf`, body };
}

async function ordersForPickList(db: Queryable, storeId: string, request: PickListRequest): Promise<Order[]> {
  if ('orderIds' in request) {
    const unique = [...new Set(request.orderIds)];
    const found = await findOrdersForExport(db, storeId, {}, unique);
    const missing = unique.filter((id) => !found.some((order) => order.id === id));
    if (missing.length > 0)
      throw new DomainError('NOT_FOUND', `Orders not found: ${missing.join(', ')}`, {
        details: { missingOrderIds: missing },
      });
    const position = new Map(unique.map((id, index) => [id, index]));
    return found.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  }
  const found = await findOrdersForExport(db, storeId, request.filter);
  if (found.length > maxPickListOrders)
    throw new DomainError(
      'BAD_INPUT',
      `The filter matches ${found.length} orders; a pick list takes at most ${maxPickListOrders}`,
      {
        issues: [{ path: 'filter', message: `Narrow the filter to at most ${maxPickListOrders} orders` }],
      },
    );
  return found.reverse(); // oldest first, like the pack queue
}

async function productLocations(
  db: Queryable,
  storeId: string,
  orders: readonly Order[],
): Promise<{ id: string; location?: string }[]> {
  const ids = [
    ...new Set(
      orders.flatMap((order) => order.items.flatMap((item) => (item.productId ? [item.productId] : []))),
    ),
  ];
  if (ids.length === 0) return [];
  const rows = await run(
    db,
    qb
      .selectFrom('docs')
      .select([sql<string>`id::text`.as('id'), docText('location').as('location')])
      .where('collection', '=', 'products')
      .where('store_id', '=', storeId)
      .where('id', 'in', ids),
  );
  return rows.map((row) => (row.location === null ? { id: row.id } : { id: row.id, location: row.location }));
}

/** A pick list PDF for chosen orders or the orders matching the list filters. */
export async function pickListPdf(
  app: AppContext,
  storeId: string,
  request: PickListRequest,
): Promise<FileResponse> {
  const orders = await ordersForPickList(app.db, storeId, request);
  const pickList = buildPickList(orders, await productLocations(app.db, storeId, orders));
  const createdAt = app.now().toISOString();
  const timeZone = await storeTimeZone(app.db, storeId);
  const language = await documentLanguage(app.db, storeId);
  const body = renderPickListPdf({ pickList, createdAt, language, timeZone });
  return {
    kind: 'file',
    contentType: 'application/pdf',
    fileName: `pick-list-${storeDate(createdAt, timeZone)}.pdf`,
    body,
  };
}
