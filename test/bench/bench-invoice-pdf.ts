import { buildInvoice } from '../../shared/domain/invoicing/build-invoice';
import { allocateInvoiceNumber } from '../../shared/domain/invoicing/invoice-series';
import {
  makeOrder,
  makeReverseChargeOrder,
  makeSettings,
  makeStore,
} from '../../shared/domain/invoicing/invoice-test-fixtures';
import { renderInvoicesPdf } from '../../shared/invoice-pdf/render-invoice-pdf';
import { newId } from '../../shared/ids';
import type { BenchResult } from './bench-report';

const COUNT = 1000;

/** 1,000 invoices rendered into one combined PDF with jsPDF. */
export async function benchInvoicePdf(): Promise<BenchResult> {
  const store = makeStore();
  const settings = makeSettings();
  const invoices = Array.from({ length: COUNT }, (_, i) =>
    buildInvoice({
      order: i % 3 === 0 ? makeReverseChargeOrder() : makeOrder(),
      settings,
      store,
      allocation: allocateInvoiceNumber(
        { kind: 'invoice', storeCode: 'NWO', deviceCode: 'D01', year: 2026 },
        i,
      ),
      id: newId(),
      issueDate: '2026-11-26',
      deviceId: 'bench',
      now: '2026-11-26T10:00:00.000Z',
    }),
  );
  const started = performance.now();
  const bytes = await renderInvoicesPdf(invoices);
  const seconds = (performance.now() - started) / 1000;
  return {
    name: 'Invoices into one PDF',
    metrics: { invoices: COUNT, seconds, megabytes: bytes.byteLength / 1024 / 1024 },
    goal: '≤ 15 s',
    met: seconds <= 15,
  };
}
