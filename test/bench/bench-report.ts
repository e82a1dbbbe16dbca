import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BenchResult {
  name: string;
  /** The `npm run bench -- <section>` name that produced it. */
  section?: string;
  /** Measured values, named with their unit (e.g. `commandsPerSecond`, `p95Ms`). */
  metrics: Record<string, number>;
  /** The goal as stated in the issue, and whether the measurement meets it. */
  goal: string;
  met: boolean | null;
  notes?: string;
}

/** Percentile of a sample (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}

/** The results in bench-reports/bench-report.json, none when there is no report yet. */
export function readReport(): BenchResult[] {
  const file = path.resolve('bench-reports', 'bench-report.json');
  if (!existsSync(file)) return [];
  const report: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const results: unknown =
    typeof report === 'object' && report !== null && 'results' in report ? report.results : [];
  return Array.isArray(results) ? (results as BenchResult[]) : [];
}

/** Writes bench-reports/bench-report.json and .md. */
export function writeReport(results: readonly BenchResult[], environment: Record<string, string>): string {
  const dir = path.resolve('bench-reports');
  mkdirSync(dir, { recursive: true });
  const report = { generatedAt: new Date().toISOString(), environment, results };
  writeFileSync(path.join(dir, 'bench-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const lines = [
    '# Order Desk benchmark report',
    '',
    `Generated ${report.generatedAt}. ${Object.entries(environment)
      .map(([k, v]) => `${k}: ${v}`)
      .join(' · ')}`,
    '',
    '| Benchmark | Measured | Goal | Met |',
    '|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${Object.entries(r.metrics)
          .map(([k, v]) => `${k} = ${Number.isInteger(v) ? v : v.toFixed(2)}`)
          .join('<br>')} | ${r.goal} | ${r.met === null ? 'n/a' : r.met ? 'yes' : '**no**'} |`,
    ),
    '',
    ...results.filter((r) => r.notes).map((r) => `- **${r.name}**: ${r.notes ?? ''}`),
    '',
  ];
  writeFileSync(path.join(dir, 'bench-report.md'), lines.join('\n'));
  return path.join(dir, 'bench-report.md');
}
