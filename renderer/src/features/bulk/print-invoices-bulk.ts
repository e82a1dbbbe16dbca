import { invoiceSchema, type Invoice } from '../../../../shared/schemas/invoice';
import type { Order } from '../../../../shared/schemas/order';
import type { DataContextValue } from '../../data/data-context';
import { localInvoices } from '../../data/invoicing-store';
import { combineInvoicesPdf, invoicesOfOrders } from '../invoices/bulk-print';
import { printPdf } from '../invoices/pdf-output';
import type { BulkProgress } from './run-bulk';

/** Every invoice on this workstation: replicated ones, plus those issued here and not yet synced. */
async function invoicesOnDevice(data: DataContextValue): Promise<Invoice[]> {
  const replicated = (await data.db.invoices.find().exec()).flatMap((doc) => {
    const parsed = invoiceSchema.safeParse(doc.toJSON());
    return parsed.success ? [parsed.data] : [];
  });
  const ids = new Set(replicated.map((invoice) => invoice.id));
  const local = await localInvoices(data.session.user.storeId);
  return [...replicated, ...local.filter((invoice) => !ids.has(invoice.id))];
}

/** For a growing count of rendered invoices (in print order), how many orders are then complete. */
function ordersCompleteAfter(invoices: readonly Invoice[]): (rendered: number) => number {
  const sorted = [...invoices].sort((a, b) => a.number.localeCompare(b.number));
  const lastIndex = new Map<string, number>();
  sorted.forEach((invoice, index) => lastIndex.set(invoice.orderId, index));
  const finishing = [...lastIndex.values()].sort((a, b) => a - b);
  let complete = 0;
  return (rendered) => {
    while ((finishing[complete] ?? Infinity) < rendered) complete += 1;
    return complete;
  };
}

/**
 * Prints the invoices (and credit notes) of many orders as ONE PDF: orders without an invoice are
 * listed as failures, progress counts orders whose invoices are rendered, cancel stops rendering
 * and nothing is printed.
 */
export async function printInvoicesInBulk(
  data: DataContextValue,
  orders: readonly Order[],
  onProgress: (p: BulkProgress) => void,
  signal: AbortSignal,
): Promise<BulkProgress> {
  const progress: BulkProgress = {
    total: orders.length,
    done: 0,
    queued: 0,
    failed: [],
    cancelled: false,
    finished: false,
  };
  const report = (): void => onProgress({ ...progress, failed: [...progress.failed] });
  report();
  const invoices = invoicesOfOrders(await invoicesOnDevice(data), new Set(orders.map((o) => o.id)));
  const invoiced = new Set(invoices.map((invoice) => invoice.orderId));
  for (const order of orders)
    if (!invoiced.has(order.id))
      progress.failed.push({
        id: order.id,
        number: order.number,
        code: 'NOT_FOUND',
        message: 'No invoice yet',
      });
  progress.done = progress.failed.length;
  report();
  const completed = ordersCompleteAfter(invoices);
  try {
    if (invoices.length > 0) {
      const bytes = await combineInvoicesPdf(
        invoices,
        ({ done }) => {
          progress.done = progress.failed.length + completed(done);
          report();
        },
        signal,
      );
      await printPdf(bytes, `Invoices (${invoices.length})`);
      progress.queued = invoices.length;
    }
  } catch (error) {
    if (signal.aborted) progress.cancelled = true;
    else
      progress.failed.push({
        id: 'print',
        number: '—',
        code: 'INTERNAL',
        message: `Printing failed: ${error instanceof Error ? error.message : String(error)}`,
      });
  }
  progress.finished = true;
  report();
  return progress;
}
