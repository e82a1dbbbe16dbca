import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BenchResult {
  name: string;
  /** The `npm run bench -- <section>` name that produced it. */
  section?: string;
  /** Measured values, named with their unit (e.g. `commandsPerSecond`, `p95Ms`); medians when `runs` is set. */
  metrics: Record<string, number>;
  /** The goal as stated in the issue, and whether the measurement meets it. */
  goal: string;
  met: boolean | null;
  notes?: string;
  /** The issue-16 goal this row decides (see ISSUE_16_GOALS); rows without one are informational. */
  goalId?: Issue16GoalId;
  /** Every run of a metric measured more than once (the metric itself is their median). */
  runs?: Record<string, number[]>;
}

/** The goals of issue 16, in its order; a section tags the rows that decide one with `goalId`. */
export const ISSUE_16_GOALS = {
  'rest-list':
    'REST list of 50 orders on PostgreSQL: ≥ 0.5 of the bare route serving the same bytes, p99 ≤ 25 ms',
  'rest-detail':
    'REST order detail on PostgreSQL: ≥ 0.5 of the bare route serving the same bytes, p99 ≤ 25 ms',
  checkout: 'Checkout on PostgreSQL: ≥ 500 req/s, p99 ≤ 50 ms; no payment call inside the write lock',
  'per-store-writes': 'Writes serialise per store: apply rate with 1 and 4 stores',
  'command-mix': 'Command apply on a realistic mix ≥ 2,000/s against a same-writes baseline',
  'initial-sync':
    'Initial sync of 100k orders ≤ 1.5× raw Dexie, no main-thread task > 50 ms, first screen ≤ 2 s',
  'offline-bulk': 'Offline bulk on 10k orders ≤ 1 s until the overlay shows, in the real order list screen',
  'devices-soak': '50 simulated devices for 5 minutes: p99 push latency, stable RSS, no errors',
} as const;
export type Issue16GoalId = keyof typeof ISSUE_16_GOALS;

/** Percentile of a sample (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}

/** Median of a sample. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Medians of every metric over runs, with the runs kept for the report's spread. */
export function medianOfRuns(runs: readonly Record<string, number>[]): Pick<BenchResult, 'metrics' | 'runs'> {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  const all = Object.fromEntries(names.map((name) => [name, runs.map((run) => run[name] ?? Number.NaN)]));
  return {
    metrics: Object.fromEntries(names.map((name) => [name, median(all[name] ?? [])])),
    runs: all,
  };
}

/** What a report was measured on: the commit (and whether the tree was dirty), the machine, its load. */
export function benchEnvironment(databases: string): Record<string, string> {
  const git = (args: string): string => {
    try {
      return execSync(`git ${args}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const dirty = git('status --porcelain --untracked-files=no').length > 0;
  return {
    commit: `${git('rev-parse HEAD') || 'unknown'}${dirty ? ' (dirty: uncommitted changes)' : ''}`,
    node: process.version,
    cpu: `${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} cores`,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    loadAverageAtStart: os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' / '),
    databases,
  };
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

function formatMetrics(result: BenchResult): string {
  return Object.entries(result.metrics)
    .map(([name, value]) => {
      const runs = result.runs?.[name];
      const spread =
        runs && runs.length > 1
          ? ` (runs ${runs.map(formatNumber).join(', ')}; spread ${formatNumber(Math.min(...runs))}–${formatNumber(Math.max(...runs))})`
          : '';
      return `${name} = ${formatNumber(value)}${spread}`;
    })
    .join('<br>');
}

/** Per goal of issue 16: met when every row deciding it meets it; not measured yet without such rows. */
function goalTable(results: readonly BenchResult[]): string[] {
  return Object.entries(ISSUE_16_GOALS).map(([id, text]) => {
    const rows = results.filter((r) => r.goalId === id);
    const status =
      rows.length === 0 || rows.every((r) => r.met === null)
        ? 'not measured yet'
        : rows.every((r) => r.met !== false)
          ? 'met'
          : '**not met**';
    return `| ${text} | ${status} | ${rows.map((r) => r.name).join('<br>')} |`;
  });
}

/** The results in bench-reports/<name>.json, none when there is no report yet. */
export function readReport(name = 'bench-report'): BenchResult[] {
  const file = path.resolve('bench-reports', `${name}.json`);
  if (!existsSync(file)) return [];
  const report: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const results: unknown =
    typeof report === 'object' && report !== null && 'results' in report ? report.results : [];
  return Array.isArray(results) ? (results as BenchResult[]) : [];
}

/** Writes bench-reports/bench-report.json and .md (or `<name>.json/.md` when given, e.g. a sample run). */
export function writeReport(
  results: readonly BenchResult[],
  environment: Record<string, string>,
  name = 'bench-report',
): string {
  const dir = path.resolve('bench-reports');
  mkdirSync(dir, { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    environment: {
      ...environment,
      loadAverageAtEnd: os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' / '),
    },
    results,
  };
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const lines = [
    '# Order Desk benchmark report',
    '',
    `Generated ${report.generatedAt}.`,
    '',
    ...Object.entries(report.environment).map(([k, v]) => `- ${k}: ${v}`),
    '',
    '## Goals of issue 16',
    '',
    '| Goal | Status | Decided by |',
    '|---|---|---|',
    ...goalTable(results),
    '',
    'A goal not met is explained in [misses.md](misses.md): where the time goes (profile), what was tried, what is left.',
    '',
    '## Measurements',
    '',
    '| Benchmark | Measured | Goal | Met |',
    '|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${formatMetrics(r)} | ${r.goal} | ${r.met === null ? 'n/a' : r.met ? 'yes' : '**no**'} |`,
    ),
    '',
    ...results.filter((r) => r.notes).map((r) => `- **${r.name}**: ${r.notes ?? ''}`),
    '',
  ];
  writeFileSync(path.join(dir, `${name}.md`), lines.join('\n'));
  return path.join(dir, `${name}.md`);
}
