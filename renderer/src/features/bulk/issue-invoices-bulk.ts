import type { Order } from '../../../../shared/schemas/order';
import type { DataContextValue } from '../../data/data-context';
import { issueInvoiceLocally } from '../invoices/issue-invoice-locally';
import type { BulkProgress } from './run-bulk';

/**
 * Issues the invoices of many orders on this workstation, one after the other (the device's series
 * stays gapless): orders that already have an invoice are skipped, refusals are listed, cancel
 * stops before the next order.
 */
export async function issueInvoicesInBulk(
  data: DataContextValue,
  orders: readonly Order[],
  onProgress: (p: BulkProgress) => void,
  signal: AbortSignal,
): Promise<BulkProgress> {
  const invoiced = new Set((await data.db.invoices.find().exec()).map((doc) => String(doc.get('orderId'))));
  const progress: BulkProgress = {
    total: orders.length,
    done: 0,
    queued: 0,
    failed: [],
    cancelled: false,
    finished: false,
  };
  onProgress({ ...progress });
  for (const order of orders) {
    if (signal.aborted) {
      progress.cancelled = true;
      break;
    }
    if (invoiced.has(order.id))
      progress.failed.push({
        id: order.id,
        number: order.number,
        code: 'CONFLICT',
        message: 'Already invoiced',
      });
    else {
      const result = await issueInvoiceLocally(data, order);
      if (result.ok) progress.queued += 1;
      else
        progress.failed.push({
          id: order.id,
          number: order.number,
          code: result.error.code,
          message: result.error.message,
        });
    }
    progress.done += 1;
    if (progress.done % 10 === 0 || progress.done === orders.length)
      onProgress({ ...progress, failed: [...progress.failed] });
  }
  progress.finished = true;
  onProgress({ ...progress, failed: [...progress.failed] });
  return progress;
}
