import type { Invoice } from '../../schemas/invoice';

/** The order's invoice that credit notes have not fully cancelled, if any (an order has at most one). */
export function activeInvoiceOf(documents: readonly Invoice[]): Invoice | undefined {
  return documents.find((invoice) => {
    if (invoice.kind !== 'invoice') return false;
    const credited = documents
      .filter((note) => note.kind === 'credit_note' && note.correctsInvoiceId === invoice.id)
      .reduce((sum, note) => sum - note.totals.gross, 0);
    return credited < invoice.totals.gross;
  });
}
