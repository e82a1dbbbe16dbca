import os from 'node:os';
import { benchCommandApply } from './bench-command-apply';
import { benchEInvoicePdf } from './bench-einvoice-pdf';
import { benchInvoicePdf } from './bench-invoice-pdf';
import { benchRest } from './bench-rest';
import { benchBrowser } from './bench-browser';
import { readReport, writeReport, type BenchResult } from './bench-report';

/**
 * `npm run bench [-- name…]`: runs the benchmarks (all, or the named sections: apply, pdf, einvoice,
 * rest, browser) and writes bench-reports/bench-report.{json,md}. With names, the other sections'
 * results already in the report are kept, so one section can be measured again alone.
 */
async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const wanted = (name: string): boolean => only.size === 0 || only.has(name);
  const databaseUrl = process.env.DATABASE_URL;
  const kept = only.size === 0 ? [] : readReport().filter((result) => !only.has(result.section ?? ''));
  const results: BenchResult[] = [];
  const environment = {
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    database: databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'PGlite',
  };
  const step = async (name: string, run: () => Promise<BenchResult | BenchResult[]>): Promise<void> => {
    if (!wanted(name)) return;
    console.log(`bench: ${name}…`);
    try {
      const result = await run();
      results.push(...(Array.isArray(result) ? result : [result]).map((r) => ({ ...r, section: name })));
    } catch (error) {
      results.push({
        name,
        section: name,
        metrics: {},
        goal: '',
        met: false,
        notes: `failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    writeReport(merged(kept, results), environment); // after every step, so a long run leaves its finished parts
  };
  await step('apply', () => benchCommandApply(databaseUrl));
  await step('pdf', benchInvoicePdf);
  await step('einvoice', benchEInvoicePdf);
  await step('rest', benchRest);
  await step('browser', () => benchBrowser(databaseUrl));
  const file = writeReport(merged(kept, results), environment);
  console.log(`bench report written to ${file}`);
}

/** Earlier results of other sections, with any of the same name replaced by the new ones; new ones last. */
function merged(kept: readonly BenchResult[], fresh: readonly BenchResult[]): BenchResult[] {
  const names = new Set(fresh.map((result) => result.name));
  return [...kept.filter((result) => !names.has(result.name)), ...fresh];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
