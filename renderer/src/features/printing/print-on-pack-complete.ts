import type { Order } from '../../../../shared/schemas/order';
import type { DataContextValue } from '../../data/data-context';
import { i18next } from '../../i18n/i18n';
import { loadPrinterSettings } from './printer-settings-store';
import { printQueueOf } from './use-print-queue';

/** Queues the packing slip (and the invoice) of a shipped pack, as this workstation's printer settings say. */
export async function printOnPackComplete(
  data: DataContextValue,
  order: Pick<Order, 'id' | 'number'>,
): Promise<void> {
  const settings = await loadPrinterSettings();
  const queue = printQueueOf(data);
  const t = i18next.getFixedT(null, 'printing');
  if (settings.documents.packing_slip.printOnPackComplete)
    queue.enqueue(t('titles.packingSlip', { number: order.number }), {
      kind: 'packing_slip',
      orderId: order.id,
    });
  if (settings.documents.invoice.printOnPackComplete)
    queue.enqueue(t('titles.invoice', { number: order.number }), { kind: 'invoice', orderId: order.id });
}
