import { DomainError } from '../../../shared/errors';
import { invoiceSchema, type Invoice } from '../../../shared/schemas/invoice';
import { getDoc } from '../../db/doc-store';
import { docText, liveDocs } from '../../db/doc-queries';
import { run } from '../../db/kysely';
import type { Queryable } from '../../db/sql-client';
import type { WriteScope } from '../../db/write-scope';

/** Invoices and credit notes of one order, in issue order. */
export async function listOrderInvoices(db: Queryable, storeId: string, orderId: string): Promise<Invoice[]> {
  const rows = await run(
    db,
    liveDocs('invoices', storeId).select('data').where(docText('orderId'), '=', orderId).orderBy('seq'),
  );
  return rows.map((row) =>
    invoiceSchema.parse(typeof row.data === 'string' ? JSON.parse(row.data) : row.data),
  );
}

/** The same inside a write transaction: read through its cache (prefetched per push), buffered writes included. */
export async function listOrderInvoicesIn(scope: WriteScope, orderId: string): Promise<Invoice[]> {
  const stored = await scope.findWhere<Invoice>('invoices', 'orderId', orderId);
  return stored.map((doc) => invoiceSchema.parse(doc.data));
}

/** One invoice or credit note of the store, else 404. */
export async function getInvoice(db: Queryable, storeId: string, id: string): Promise<Invoice> {
  const stored = await getDoc<Invoice>(db, 'invoices', id, { storeId });
  if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Invoice ${id} not found`);
  return invoiceSchema.parse(stored.data);
}

export { activeInvoiceOf } from '../../../shared/domain/invoicing/active-invoice';
