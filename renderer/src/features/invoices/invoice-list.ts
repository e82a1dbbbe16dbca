import type { RowSelectionState } from '@tanstack/react-table';
import type { Invoice } from '../../../../shared/schemas/invoice';

/** What the list needs of a row (a `LocalInvoice`). */
interface ListedInvoice {
  invoice: Pick<Invoice, 'id' | 'number' | 'orderNumber'> & { buyer: Pick<Invoice['buyer'], 'name'> };
}

/** The invoices whose number, order number or buyer name contain the search text (any case). */
export function filterInvoices<R extends ListedInvoice>(rows: readonly R[], query: string): readonly R[] {
  const q = query.trim().toLowerCase();
  if (q.length === 0) return rows;
  return rows.filter(({ invoice }) =>
    `${invoice.number} ${invoice.orderNumber} ${invoice.buyer.name}`.toLowerCase().includes(q),
  );
}

/** Whether any invoice is ticked (also one the search hides now). */
export function hasSelection(selection: RowSelectionState): boolean {
  return Object.values(selection).some(Boolean);
}

/** What the print button prints: the ticked invoices among those listed, or every listed one when none is ticked. */
export function invoicesToPrint<R extends ListedInvoice>(
  listed: readonly R[],
  selection: RowSelectionState,
): R[] {
  return hasSelection(selection) ? listed.filter((row) => selection[row.invoice.id] === true) : [...listed];
}
