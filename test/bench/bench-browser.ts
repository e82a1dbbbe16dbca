/// <reference lib="dom" />
import { chromium } from 'playwright-core';
import { startServer } from '../../server/start-server';
import type { BenchResult } from './bench-report';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);

interface BenchWindow {
  runOrderDeskBench?: (
    token: string,
    storeId: string,
  ) => Promise<{ orders: number; syncSeconds: number; dexieBulkPutSeconds: number; heapMb: number | null }>;
}

/** Browser-side benchmarks in Debian's Chromium against a server holding ORDERS orders. */
export async function benchBrowser(): Promise<BenchResult[]> {
  const seedStarted = performance.now();
  const server = await startServer({
    port: 0,
    dataDir: 'memory',
    demo: true,
    demoOrders: ORDERS,
    rendererDir: 'dist/renderer',
    logLevel: 'silent',
  });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  });
  try {
    const login = (await (
      await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@orderdesk.test', password: 'demo1234' }),
      })
    ).json()) as { token: string; user: { storeId: string } };
    const page = await browser.newPage();
    await page.goto(`${server.url}/bench.html`);
    await page.waitForFunction(
      () => typeof (window as unknown as BenchWindow).runOrderDeskBench === 'function',
    );
    const result = await page.evaluate(
      ([token, storeId]) => (window as unknown as BenchWindow).runOrderDeskBench?.(token, storeId),
      [login.token, login.user.storeId] as const,
    );
    if (!result) throw new Error('bench page did not answer');
    const docsPerSecond = result.orders / result.syncSeconds;
    const ratio = result.syncSeconds / result.dexieBulkPutSeconds;
    return [
      {
        name: `Initial sync of ${result.orders} orders into a fresh browser device`,
        metrics: {
          seconds: result.syncSeconds,
          docsPerSecond,
          rawDexieBulkPutSeconds: result.dexieBulkPutSeconds,
          ratioToRawDexie: ratio,
          serverSeedSeconds: seedSeconds,
        },
        goal: '≤ 2× raw Dexie bulkPut and ≥ 10,000 docs/s',
        met: ratio <= 2 && docsPerSecond >= 10_000,
        notes:
          'Sync = pull pages of 1,000 over tRPC (HTTP) from the server plus RxDB writes; the raw baseline writes the same documents (already in memory) with Dexie bulkPut in chunks of 5,000.',
      },
      {
        name: 'Renderer heap after sync',
        metrics: { heapMb: result.heapMb ?? Number.NaN },
        goal: '≤ 400 MB',
        met: result.heapMb === null ? null : result.heapMb <= 400,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
