import type { Invoice } from '../../shared/schemas/invoice';
import type { Order } from '../../shared/schemas/order';
import type { CustomerOrder } from '../../shared/schemas/storefront';
import { DomainError } from '../../shared/errors';
import { renderEInvoicePdf } from '../../shared/einvoice/render-e-invoice-pdf';
import { getDoc } from '../db/doc-store';
import type { Queryable } from '../db/sql-client';
import type { FileResponse } from '../rest/define-route';
import { toCustomerOrder } from './storefront-order';
import { decodePageCursor, encodePageCursor } from './page-cursor';

/** A customer's own orders, newest first, with a cursor for the next page. */
export async function listCustomerOrders(
  db: Queryable,
  customerId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: CustomerOrder[]; nextCursor: string | null }> {
  const params: unknown[] = ['orders', customerId];
  let sql = `SELECT data FROM docs WHERE collection = $1 AND data->>'customerId' = $2 AND NOT deleted`;
  if (page.cursor) {
    const cursor = decodePageCursor(page.cursor);
    params.push(cursor.createdAt, cursor.id);
    sql += ` AND (data->>'createdAt', id::text) < ($3, $4)`;
  }
  params.push(page.limit + 1);
  sql += ` ORDER BY data->>'createdAt' DESC, id::text DESC LIMIT $${params.length}`;
  const rows = await db.query<{ data: Order | string }>(sql, params);
  const orders = rows.map((row) =>
    typeof row.data === 'string' ? (JSON.parse(row.data) as Order) : row.data,
  );
  const items = orders.slice(0, page.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > page.limit && last ? encodePageCursor(last) : null;
  return { items: items.map(toCustomerOrder), nextCursor };
}

async function ownOrder(db: Queryable, customerId: string, orderId: string): Promise<Order> {
  const stored = await getDoc<Order>(db, 'orders', orderId);
  // Another customer's order is answered exactly like an absent one.
  if (!stored || stored.deleted || stored.data.customerId !== customerId)
    throw new DomainError('NOT_FOUND', `Order ${orderId} not found`);
  return { ...stored.data, version: stored.version };
}

/** One of the customer's own orders, else NOT_FOUND. */
export async function getCustomerOrder(
  db: Queryable,
  customerId: string,
  orderId: string,
): Promise<CustomerOrder> {
  return toCustomerOrder(await ownOrder(db, customerId, orderId));
}

/** The PDF of an invoice or credit note of the customer's own order, else NOT_FOUND. */
export async function customerInvoicePdf(
  db: Queryable,
  customerId: string,
  orderId: string,
  invoiceId: string,
): Promise<FileResponse> {
  const order = await ownOrder(db, customerId, orderId);
  const stored = await getDoc<Invoice>(db, 'invoices', invoiceId, { storeId: order.storeId });
  if (!stored || stored.deleted || stored.data.orderId !== order.id) {
    throw new DomainError(
      'NOT_FOUND',
      `Invoice ${invoiceId} not found for order ${orderId} (invoices appear here once issued)`,
    );
  }
  return {
    kind: 'file',
    contentType: 'application/pdf',
    fileName: `${stored.data.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`,
    body: await renderEInvoicePdf(stored.data),
  };
}
