import { renderInvoicesPdf } from '../../../../shared/invoice-pdf/render-invoice-pdf';
import type { Invoice } from '../../../../shared/schemas/invoice';

export interface BulkPrintProgress {
  done: number;
  total: number;
}

/** Renders many invoices into ONE combined PDF (each numbered on its own), with progress; abort to cancel. */
export function combineInvoicesPdf(
  invoices: readonly Invoice[],
  onProgress: (progress: BulkPrintProgress) => void,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const ordered = [...invoices].sort((a, b) => a.number.localeCompare(b.number));
  return renderInvoicesPdf(ordered, (done, total) => onProgress({ done, total }), signal);
}

/** The invoices to print for a selection of orders: each order's invoices and credit notes. */
export function invoicesOfOrders(invoices: readonly Invoice[], orderIds: ReadonlySet<string>): Invoice[] {
  return invoices.filter((invoice) => orderIds.has(invoice.orderId));
}
