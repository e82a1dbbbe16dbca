import { renderEInvoicePdf } from '../../shared/einvoice/render-e-invoice-pdf';
import { makeBenchInvoices } from './bench-invoice-pdf';
import type { BenchResult } from './bench-report';

const COUNT = 1000;

/** 1,000 separate e-invoice PDFs: CII XML built, invoice rendered, post-processed to PDF/A-3 Factur-X. */
export async function benchEInvoicePdf(): Promise<BenchResult> {
  const invoices = makeBenchInvoices(COUNT);
  let bytes = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const invoice of invoices) bytes += (await renderEInvoicePdf(invoice)).byteLength;
  const seconds = (performance.now() - started) / 1000;
  // CPU time of this process: tells a busy machine (wall ≫ CPU) from slow code.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    name: 'Separate e-invoice PDFs (XML + PDF/A-3)',
    metrics: { invoices: COUNT, seconds, cpuSeconds, megabytes: bytes / 1024 / 1024 },
    goal: '≤ 30 s',
    met: seconds <= 30,
  };
}
