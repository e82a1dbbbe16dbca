import { benchCommandApply } from './bench-command-apply';
import { benchCommandMix, benchPerStoreWrites } from './bench-command-mix';
import { benchEInvoicePdf } from './bench-einvoice-pdf';
import { benchInvoicePdf } from './bench-invoice-pdf';
import { benchCheckout, benchRest, DEFAULT_DATABASE_URL } from './bench-rest';
import { benchBrowser } from './bench-browser';
import { benchDevicesSoak } from './bench-devices-soak';
import { benchInitialSync, benchOfflineBulk } from './bench-app-screen';
import { benchEnvironment, readReport, writeReport, type BenchResult } from './bench-report';

/** Section names to run: `--only a,b` (or bare names, as before); all when none is given. */
function wantedSections(args: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--only') (args[++i] ?? '').split(',').forEach((name) => names.add(name));
    else if (arg.startsWith('--only='))
      arg
        .slice(7)
        .split(',')
        .forEach((name) => names.add(name));
    else if (arg === '--report' || arg === '--soak-seconds') i += 1;
    else if (!arg.startsWith('--')) names.add(arg);
  }
  names.delete('');
  return names;
}

/** The report's file name: `--report <name>` (e.g. a sample of one section), else bench-report. */
function reportName(args: readonly string[]): string {
  const at = args.indexOf('--report');
  return at >= 0 ? (args[at + 1] ?? 'bench-report') : 'bench-report';
}

/**
 * `npm run bench [-- --only rest,apply] [--report name]`: runs the sections (all, or the named ones)
 * and writes bench-reports/<name>.{json,md}. A section is one `step(name, run)` line below; run
 * returns its result rows (tag a row that decides an issue-16 goal with `goalId`).
 * With section names, the other sections' results already in the report are kept, so one section can
 * be measured again alone.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = wantedSections(args);
  const wanted = (name: string): boolean => only.size === 0 || only.has(name);
  const databaseUrl = process.env.DATABASE_URL;
  const kept =
    only.size === 0 ? [] : readReport(reportName(args)).filter((result) => !only.has(result.section ?? ''));
  const results: BenchResult[] = [];
  const environment = benchEnvironment(
    `PostgreSQL (${databaseUrl ? 'DATABASE_URL' : DEFAULT_DATABASE_URL}) and PGlite where a section says so; ${databaseUrl ? 'PostgreSQL' : 'PGlite'} otherwise`,
  );
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
    writeReport(merged(kept, results), environment, reportName(args)); // after every step, so a long run leaves its finished parts
  };
  await step('apply', () => benchCommandApply(databaseUrl));
  await step('command-mix', async () => [
    await benchCommandMix(databaseUrl ?? DEFAULT_DATABASE_URL),
    await benchCommandMix(undefined),
  ]);
  await step('per-store-writes', async () => [
    await benchPerStoreWrites(databaseUrl ?? DEFAULT_DATABASE_URL),
    await benchPerStoreWrites(undefined),
  ]);
  await step('pdf', benchInvoicePdf);
  await step('einvoice', benchEInvoicePdf);
  await step('rest', () => benchRest(databaseUrl));
  await step('checkout', () => benchCheckout(databaseUrl));
  await step('browser', () => benchBrowser(databaseUrl));
  await step('initial-sync', () => benchInitialSync(databaseUrl));
  await step('offline-bulk', () => benchOfflineBulk(databaseUrl));
  await step('devices-soak', () => benchDevicesSoak(databaseUrl));
  const file = writeReport(merged(kept, results), environment, reportName(args));
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
