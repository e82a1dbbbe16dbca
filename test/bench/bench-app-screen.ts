/// <reference lib="dom" />
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/start-server';
import type { StaffUser } from '../../shared/schemas/user';
import { medianOfRuns, type BenchResult } from './bench-report';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';
import { chromiumArgs, chromiumPath } from '../chromium-args';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SYNC_ORDERS = Number(process.env.BENCH_SYNC_ORDERS ?? 100_000);
const BULK_ORDERS = Number(process.env.BENCH_BULK_ORDERS ?? 10_000);
const PASSWORD = 'demo1234';

interface BenchPageWindow {
  runInitialSyncBench?: (token: string, user: StaffUser) => Promise<Record<string, number>>;
  runRawDexieBench?: (token: string) => Promise<{ orders: number; seconds: number }>;
}

interface ProbeWindow {
  probe?: { longest: number; count: number; gap: number; last: number };
}

async function withServer<T>(
  orders: number,
  databaseUrl: string | undefined,
  run: (server: RunningServer, seedSeconds: number) => Promise<T>,
): Promise<T> {
  const schema = freshSchemaName('bench');
  const seedStarted = performance.now();
  const server = await startServer({
    port: 0,
    dataDir: 'memory',
    ...(databaseUrl ? { databaseUrl, schema } : {}),
    demo: true,
    demoExceptions: false,
    demoOrders: orders,
    rendererDir: 'dist/renderer-bench', // npm run bench builds it (vite --mode bench): the app and bench.html
    logLevel: 'silent',
  });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  try {
    return await run(server, seedSeconds);
  } finally {
    await server.close();
    if (databaseUrl) await dropSchema(databaseUrl, schema);
  }
}

function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
}

/**
 * Installed before the app's scripts: the longest main-thread task (PerformanceObserver 'longtask')
 * and the longest gap of a 10 ms timer, from the page's start.
 */
function installProbe(): void {
  const state = { longest: 0, count: 0, gap: 0, last: performance.now() };
  (window as unknown as ProbeWindow).probe = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.count += 1;
      state.longest = Math.max(state.longest, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  setInterval(() => {
    const now = performance.now();
    state.gap = Math.max(state.gap, now - state.last - 10);
    state.last = now;
  }, 10);
}

async function resetProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).probe;
    if (probe) Object.assign(probe, { longest: 0, count: 0, gap: 0, last: performance.now() });
  });
}

async function readProbe(page: Page): Promise<{ longest: number; count: number; gap: number }> {
  return page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).probe;
    return { longest: probe?.longest ?? Number.NaN, count: probe?.count ?? 0, gap: probe?.gap ?? Number.NaN };
  });
}

/** Signs in through the app's login screen; resolves at the click, with the click's time. */
async function clickSignIn(
  page: Page,
  url: string,
  email: string,
  beforeClick: () => Promise<void> = () => Promise.resolve(),
): Promise<number> {
  await page.goto(`${url}/`);
  await page.getByTestId('language-switch').selectOption('en', { timeout: 60_000 });
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(PASSWORD);
  await beforeClick();
  const clicked = performance.now();
  await page.locator('button[type=submit]').click();
  return clicked;
}

async function waitAttribute(page: Page, testId: string, name: string, value: string, timeout: number) {
  await page
    .getByTestId(testId)
    .and(page.locator(`[${name}="${value}"]`))
    .waitFor({ timeout });
}

/** From the dashboard (the landing page after sign-in) to the order list. */
async function openOrders(page: Page): Promise<void> {
  await page.getByTestId('dashboard').waitFor({ timeout: 120_000 });
  await page.evaluate(() => {
    window.location.hash = '#/orders';
  });
}

/**
 * Initial sync: (a) the bench page (renderer/src/bench/initial-sync-bench.ts): the app's pull
 * replication and order index into a fresh device, against a raw Dexie bulkPut of the same documents
 * in the same run; (b) the real app in Chromium: sign in, open the order list, time the first rows
 * and the sync indicator turning "synced", with the main thread probed from the page's start.
 */
export async function benchInitialSync(databaseUrl?: string): Promise<BenchResult[]> {
  return withServer(SYNC_ORDERS, databaseUrl, async (server, seedSeconds) => {
    const browser = await launch();
    try {
      const login = (await (
        await fetch(`${server.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'admin@orderdesk.test', password: PASSWORD }),
        })
      ).json()) as { token: string; user: StaffUser };
      const pageRuns: Record<string, number>[] = [];
      const appRuns: Record<string, number>[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext({ locale: 'en-US' });
        const page = await context.newPage();
        page.setDefaultTimeout(30 * 60_000);
        page.on('pageerror', (error) => console.log(`  bench page error: ${error.message}`));
        await page.goto(`${server.url}/bench.html`);
        await page.waitForFunction(
          () => typeof (window as unknown as BenchPageWindow).runInitialSyncBench === 'function',
        );
        const raw = await page.evaluate(
          (token) => (window as unknown as BenchPageWindow).runRawDexieBench?.(token),
          login.token,
        );
        const sync = await page.evaluate(
          ([token, user]) => (window as unknown as BenchPageWindow).runInitialSyncBench?.(token, user),
          [login.token, login.user] as const,
        );
        await context.close();
        if (!raw || !sync) throw new Error('bench page did not answer');
        pageRuns.push({
          ...sync,
          rawDexieBulkPutSeconds: raw.seconds,
          ratioToRawDexie: (sync.syncSeconds ?? Number.NaN) / raw.seconds,
        });
        console.log(
          `  sync run ${run + 1}: ${sync.orders} orders ${sync.syncSeconds?.toFixed(1)} s (raw Dexie ${raw.seconds.toFixed(1)} s), first screen ${sync.firstScreenSeconds?.toFixed(2)} s, longest task ${sync.longestTaskMs?.toFixed(0)} ms`,
        );

        const app = await browser.newContext({ locale: 'en-US' }); // a fresh device: its own IndexedDB
        const appPage = await app.newPage();
        await appPage.addInitScript(installProbe);
        // the app's start (bundle evaluation, first render) is reported on its own: the sync's figure starts at the click
        let startup = { longest: Number.NaN, count: 0, gap: Number.NaN };
        const clicked = await clickSignIn(appPage, server.url, 'admin@orderdesk.test', async () => {
          startup = await readProbe(appPage);
          await resetProbe(appPage);
        });
        await openOrders(appPage);
        await appPage.locator('[data-testid^=order-row-]').first().waitFor({ timeout: 120_000 });
        const firstRowsSeconds = (performance.now() - clicked) / 1000;
        await waitAttribute(appPage, 'sync-indicator', 'data-state', 'synced', 30 * 60_000);
        const appSyncSeconds = (performance.now() - clicked) / 1000;
        const probe = await readProbe(appPage);
        await app.close();
        appRuns.push({
          appStartLongestTaskMs: startup.longest,
          firstRowsSeconds,
          appSyncSeconds,
          appLongestTaskMs: probe.longest,
          appLongTasks: probe.count,
          appLongestGapMs: probe.gap,
        });
        console.log(
          `  app run ${run + 1}: first rows ${firstRowsSeconds.toFixed(2)} s, synced ${appSyncSeconds.toFixed(1)} s, longest task ${probe.longest.toFixed(0)} ms (${probe.count} long tasks; app start ${startup.longest.toFixed(0)} ms)`,
        );
      }
      const bench = medianOfRuns(pageRuns);
      const app = medianOfRuns(appRuns);
      const worst = (runs: Record<string, number>[], key: string): number =>
        Math.max(...runs.map((run) => run[key] ?? Number.POSITIVE_INFINITY));
      const ratio = bench.metrics.ratioToRawDexie ?? Number.NaN;
      const longestTask = Math.max(worst(pageRuns, 'longestTaskMs'), worst(appRuns, 'appLongestTaskMs'));
      const firstScreen = Math.max(
        bench.metrics.firstScreenSeconds ?? Number.NaN,
        app.metrics.firstRowsSeconds ?? Number.NaN,
      );
      return [
        {
          name: `Initial sync of ${bench.metrics.orders} orders into a fresh device (server on ${server.app.db.kind})`,
          goalId: 'initial-sync',
          metrics: {
            ...bench.metrics,
            ...app.metrics,
            worstLongestTaskMs: longestTask,
            serverSeedSeconds: seedSeconds,
          },
          runs: { ...bench.runs, ...app.runs },
          goal: '≤ 1.5× raw Dexie bulkPut; longest main-thread task ≤ 50 ms; first screen of orders ≤ 2 s after sign-in',
          met: ratio <= 1.5 && longestTask <= 50 && firstScreen <= 2,
          notes:
            "Median of the runs (each: the baseline, then the sync, in the same browser, fresh databases). Bench page (renderer/src/bench/initial-sync-bench.ts): the app's pull replication (renderer/src/data/replication.ts, every collection) with the order list's OrderIndex started at once, as after a sign-in with the list open; syncSeconds until every collection arrived; firstScreenSeconds until the index is ready and the list's default query (all, newest first) yields a first page of 50; longestTaskMs = PerformanceObserver 'longtask' (tasks > 50 ms; 0 when none), longestGapMs = longest delay of a 10 ms timer. Raw baseline: the same orders, already fetched, Dexie bulkPut in chunks of 5,000 in a worker. " +
            'App (the built renderer in Chromium, a fresh browser context per run): click Sign in → dashboard → order list; firstRowsSeconds until the first order row shows, appSyncSeconds until the sync indicator says synced; appLongestTaskMs = the longest task from page load to synced (the probe is installed before the app). worstLongestTaskMs = the worst of every run of both.',
        },
      ];
    } finally {
      await browser.close();
    }
  });
}

/**
 * Offline bulk action in the real order list screen: sign in, wait for the sync, select all matching,
 * go offline, add a tag to every order, and time from the Apply click until the progress bar says done
 * and the list, filtered by the new tag, counts every order (the overlay shows the change).
 */
export async function benchOfflineBulk(databaseUrl?: string): Promise<BenchResult[]> {
  return withServer(BULK_ORDERS, databaseUrl, async (server) => {
    const browser = await launch();
    try {
      const runs: Record<string, number>[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext({ locale: 'en-US' });
        const page = await context.newPage();
        page.setDefaultTimeout(10 * 60_000);
        await page.addInitScript(installProbe);
        await clickSignIn(page, server.url, 'admin@orderdesk.test');
        await openOrders(page);
        await waitAttribute(page, 'sync-indicator', 'data-state', 'synced', 10 * 60_000);
        const countText = (await page.getByTestId('order-count').textContent()) ?? '';
        const total = Number(/of (\d+) orders/.exec(countText)?.[1] ?? Number.NaN);
        await page.getByRole('button', { name: `Select all ${total} matching` }).click();
        await context.setOffline(true);
        await waitAttribute(page, 'sync-indicator', 'data-state', 'offline', 60_000);
        const tag = `bulk-${run}-${Date.now().toString(36)}`;
        await page.getByLabel('Bulk action').selectOption('add_tag');
        await page.getByLabel('Tag', { exact: true }).last().fill(tag);
        await resetProbe(page);
        const clicked = performance.now();
        const since = (): number => (performance.now() - clicked) / 1000;
        await page.getByRole('button', { name: `Apply to ${total}` }).click();
        // the list is filtered by the new tag at once: it counts all N as soon as the overlay shows them
        // (before or after the outbox is saved), while the progress bar goes on to say N / N saved
        const [overlaySeconds, doneSeconds] = await Promise.all([
          (async () => {
            await page.getByRole('textbox', { name: 'Tag' }).first().fill(tag);
            await page
              .getByTestId('order-count')
              .and(page.locator(`:text-matches("^${total} of ${total} orders$")`))
              .waitFor({ timeout: 10 * 60_000 });
            return since();
          })(),
          waitAttribute(page, 'bulk-progress', 'data-state', 'done', 10 * 60_000).then(since),
        ]);
        const countDone = (await page.getByTestId('bulk-progress-count').textContent()) ?? '';
        const probe = await readProbe(page);
        await context.close();
        if (countDone !== `${total} / ${total}`) throw new Error(`bulk ended at ${countDone}`);
        runs.push({
          orders: total,
          overlaySeconds,
          progressDoneSeconds: doneSeconds,
          longestTaskMs: probe.longest,
        });
        console.log(
          `  bulk run ${run + 1}: ${total} orders, done ${doneSeconds.toFixed(2)} s, overlay shown ${overlaySeconds.toFixed(2)} s, longest task ${probe.longest.toFixed(0)} ms`,
        );
      }
      const { metrics, runs: spread } = medianOfRuns(runs);
      return [
        {
          name: `Offline bulk action on ${metrics.orders} orders in the order list screen until the overlay shows`,
          goalId: 'offline-bulk',
          metrics,
          runs: spread ?? {},
          goal: '≤ 1 s until the overlay shows every order changed',
          met: (metrics.overlaySeconds ?? Number.NaN) <= 1,
          notes:
            "The built app in Chromium (a fresh device per run, server on the same host): sign in, order list, wait for synced, 'Select all N matching', browser offline, bulk action Add tag with a new tag, Apply; progressDoneSeconds from the click until the progress bar says done (N / N: every command saved in the outbox on this device), overlaySeconds until the list, filtered by the new tag right after the click, counts all N (every order shows the tag from the overlay, nothing reached the server). longestTaskMs = the longest main-thread task from the click on.",
        },
      ];
    } finally {
      await browser.close();
    }
  });
}
