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
import type { Invoice } from '../../shared/schemas/invoice';
import { baselineInvoicesPdf } from './baseline-invoice-pdf';
import type { BenchResult } from './bench-report';

const COUNT = 1000;

/** `count` invoices of the fixture store, every third one an intra-EU reverse charge. */
export function makeBenchInvoices(count: number): Invoice[] {
  const store = makeStore();
  const settings = makeSettings();
  return Array.from({ length: count }, (_, i) =>
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
}

/** 1,000 invoices rendered into one combined PDF with jsPDF, against the simplest way of doing it. */
export async function benchInvoicePdf(): Promise<BenchResult> {
  const invoices = makeBenchInvoices(COUNT);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const bytes = await renderInvoicesPdf(invoices);
  const seconds = (performance.now() - started) / 1000;
  // CPU time of this process: tells a busy machine (wall ≫ CPU) from slow code.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const baselineStarted = performance.now();
  const baselineCpuStarted = process.cpuUsage();
  baselineInvoicesPdf(invoices);
  const baselineSeconds = (performance.now() - baselineStarted) / 1000;
  const baselineCpu = process.cpuUsage(baselineCpuStarted);
  return {
    name: 'Invoices into one PDF',
    metrics: {
      invoices: COUNT,
      seconds,
      cpuSeconds,
      megabytes: bytes.byteLength / 1024 / 1024,
      baselineSeconds,
      baselineCpuSeconds: (baselineCpu.user + baselineCpu.system) / 1e6,
      ratioToBaseline: seconds / baselineSeconds,
    },
    goal: '≤ 15 s',
    met: seconds <= 15,
    notes:
      'The app’s bulk print (renderInvoicesPdf: full layout, German/English labels, page numbers per invoice, yields between invoices for progress). ' +
      'Baseline: the same invoices into one PDF the simplest way with the same libraries (jsPDF text + jspdf-autotable, same embedded font), same process.',
  };
}
