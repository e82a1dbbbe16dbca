import type { Invoice } from '../../shared/schemas/invoice';
import type { Order } from '../../shared/schemas/order';
import type { CustomerOrder } from '../../shared/schemas/storefront';
import { DomainError } from '../../shared/errors';
import { renderEInvoicePdf } from '../../shared/einvoice/render-e-invoice-pdf';
import { getDoc } from '../db/doc-store';
import { docText } from '../db/doc-queries';
import { qb, run } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import type { FileResponse } from '../rest/define-route';
import { toCustomerOrder } from './storefront-order';
import { orderPage } from './orders-query';
import { encodePageCursor } from './page-cursor';

/** A customer's own orders, newest first, with a cursor for the next page. */
export async function listCustomerOrders(
  db: Queryable,
  customerId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: CustomerOrder[]; nextCursor: string | null }> {
  const customerOrders = qb
    .selectFrom('docs')
    .select('data')
    .where('collection', '=', 'orders')
    .where(docText('customerId'), '=', customerId)
    .where((eb) => eb.not(eb.ref('deleted')));
  const rows = await run(db, orderPage(customerOrders, page));
  const orders = rows.map((row) => (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Order);
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
