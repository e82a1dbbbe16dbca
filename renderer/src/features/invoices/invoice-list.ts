import type { RowSelectionState } from '@tanstack/react-table';
import type { LocalInvoice } from './invoice-hooks';

/** The invoices whose number, order number or buyer name contain the search text (any case). */
export function filterInvoices(rows: readonly LocalInvoice[], query: string): readonly LocalInvoice[] {
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
export function invoicesToPrint(
  listed: readonly LocalInvoice[],
  selection: RowSelectionState,
): LocalInvoice[] {
  return hasSelection(selection) ? listed.filter((row) => selection[row.invoice.id] === true) : [...listed];
}
