import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setMaxListeners } from 'node:events';
import { createServer } from 'node:net';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../server/trpc/app-router';
import type { Command } from '../../shared/schemas/command';
import { newId } from '../../shared/ids';
import { medianOfRuns, percentile, type BenchResult } from './bench-report';
import { DEFAULT_DATABASE_URL } from './bench-rest';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';

const DEVICES = Number(process.env.BENCH_SOAK_DEVICES ?? 50);
const ORDERS = Number(process.env.BENCH_SOAK_ORDERS ?? 5000);
const RUNS = Number(process.env.BENCH_SOAK_RUNS ?? 3);
/** Mean wait between two pushes of one device (jittered ±50 %): 50 devices push ~25 times a second. */
const PUSH_EVERY_MS = Number(process.env.BENCH_SOAK_PUSH_EVERY_MS ?? 2000);
const RSS_EVERY_MS = 2000;
const PULL_PAGE = 2000;

/** `--soak-seconds N` (or `=N`, or BENCH_SOAK_SECONDS): how long each run lasts; 5 minutes by default. */
export function soakSeconds(args: readonly string[] = process.argv): number {
  const at = args.findIndex((arg) => arg === '--soak-seconds' || arg.startsWith('--soak-seconds='));
  const flag = at < 0 ? undefined : (args[at]?.split('=')[1] ?? args[at + 1]);
  return Number(flag ?? process.env.BENCH_SOAK_SECONDS ?? 300);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The server as its own process (`node --import tsx server/main.ts`), so its RSS is the server's alone. */
async function spawnServer(
  databaseUrl: string,
  schema: string,
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/main.ts',
      '--port',
      String(port),
      '--data-dir',
      'memory',
      '--demo',
      '--demo-orders',
      String(ORDERS),
      '--schema',
      schema,
    ],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: 'error',
        ORDER_DESK_LOGIN_RATE_LIMIT: '10000',
        ORDER_DESK_DEMO_EXCEPTIONS: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`soak server exited (${code}): ${output.slice(-500)}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : Number.NaN;
}

/** Least-squares slope of y over x. */
function slope(points: readonly (readonly [number, number])[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

interface SoakCounters {
  pushLatenciesMs: number[];
  commands: number;
  pulls: number;
  pulledDocs: number;
  notices: number;
  errors: string[];
}

/**
 * One simulated workstation: signs in, pulls the orders to the end, keeps the live stream (SSE, as the
 * app's httpSubscriptionLink) open and pulls from its checkpoint on every notice, and pushes 1–5 tag
 * commands at jittered intervals, timing each push.
 */
async function runDevice(
  url: string,
  index: number,
  orderIds: readonly string[],
  clock: { until: number },
  counters: SoakCounters,
  signal: AbortSignal,
  ready: () => void,
  go: Promise<void>,
): Promise<void> {
  const email = index % 2 === 0 ? 'manager@orderdesk.test' : 'admin@orderdesk.test';
  const login = (await (
    await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'demo1234' }),
    })
  ).json()) as { token: string; user: { id: string } };
  const trpc = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${url}/trpc`, headers: { authorization: `Bearer ${login.token}` } })],
  });
  const deviceId = `soak-device-${String(index).padStart(3, '0')}`;
  const fail = (what: string, error: unknown): void => {
    if (!signal.aborted)
      counters.errors.push(`${deviceId} ${what}: ${error instanceof Error ? error.message : String(error)}`);
  };

  let checkpoint: { seq: number } | null = null;
  let pulling: Promise<void> | undefined;
  let rerun = false;
  const pullToEnd = async (): Promise<void> => {
    for (;;) {
      const page = await trpc.sync.pull.query(
        { collection: 'orders', checkpoint, limit: PULL_PAGE },
        { signal },
      );
      counters.pulls += 1;
      counters.pulledDocs += page.documents.length;
      checkpoint = page.checkpoint ?? checkpoint;
      if (page.documents.length < PULL_PAGE) return;
    }
  };
  const resync = (): void => {
    rerun = true;
    if (pulling) return;
    pulling = (async () => {
      while (rerun && !signal.aborted) {
        rerun = false;
        await pullToEnd().catch((error: unknown) => fail('pull', error));
      }
      pulling = undefined;
    })();
  };
  await pullToEnd();
  ready();
  await go; // the timed window starts once every device has its initial copy
  const until = clock.until;

  // the live stream: tRPC's SSE subscription, read as a stream of `data:` lines
  const input = encodeURIComponent(JSON.stringify({ token: login.token, deviceId }));
  const stream = fetch(`${url}/trpc/sync.stream?input=${input}`, {
    headers: { accept: 'text/event-stream' },
    signal,
  })
    .then(async (response) => {
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: (connected|ping)/m.test(frame)) continue;
          if (/^data: /m.test(frame)) {
            counters.notices += 1;
            resync();
          }
        }
      }
      if (Date.now() < until) throw new Error('stream ended early');
    })
    .catch((error: unknown) => fail('stream', error));

  let n = 0;
  while (Date.now() < until && !signal.aborted) {
    await new Promise((resolve) => setTimeout(resolve, PUSH_EVERY_MS * (0.5 + Math.random())));
    if (Date.now() >= until) break;
    const count = 1 + Math.floor(Math.random() * 5);
    const commands: Command[] = Array.from({ length: count }, () => {
      n += 1;
      return {
        id: newId(),
        type: n % 2 ? 'order.add_tags' : 'order.remove_tags',
        targetId: orderIds[Math.floor(Math.random() * orderIds.length)] ?? '',
        expectedVersion: null,
        payload: { tags: [`soak${index % 4}`] },
        userId: login.user.id,
        deviceId,
        createdAt: new Date().toISOString(),
      };
    });
    const started = performance.now();
    try {
      const { outcomes } = await trpc.sync.push.mutate({ commands });
      counters.pushLatenciesMs.push(performance.now() - started);
      counters.commands += commands.length;
      for (const outcome of outcomes)
        if (outcome.status !== 'applied')
          fail('push', new Error(`${outcome.status} ${JSON.stringify(outcome)}`));
    } catch (error) {
      fail('push', error);
    }
  }
  await pulling;
  return stream.then(() => undefined);
}

interface SoakRun {
  metrics: Record<string, number>;
  errors: string[];
}

async function soakOnce(databaseUrl: string, seconds: number): Promise<SoakRun> {
  const schema = freshSchemaName('soak');
  const { child, url } = await spawnServer(databaseUrl, schema);
  const pid = child.pid ?? 0;
  const controller = new AbortController();
  try {
    const admin = (await (
      await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@orderdesk.test', password: 'demo1234' }),
      })
    ).json()) as { token: string };
    const adminTrpc = createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${url}/trpc`, headers: { authorization: `Bearer ${admin.token}` } })],
    });
    const sample = await adminTrpc.sync.pull.query({ collection: 'orders', checkpoint: null, limit: 500 });
    const orderIds = sample.documents.map((doc) => doc.id);
    if (orderIds.length === 0) throw new Error('the soak server has no orders');

    const counters: SoakCounters = {
      pushLatenciesMs: [],
      commands: 0,
      pulls: 0,
      pulledDocs: 0,
      notices: 0,
      errors: [],
    };
    setMaxListeners(0, controller.signal);
    const clock = { until: Number.POSITIVE_INFINITY };
    let readyCount = 0;
    let allReady: () => void = () => undefined;
    const everyoneReady = new Promise<void>((resolve) => (allReady = resolve));
    let startWindow: () => void = () => undefined;
    const go = new Promise<void>((resolve) => (startWindow = resolve));
    const devices = Array.from({ length: DEVICES }, (_, i) =>
      runDevice(
        url,
        i,
        orderIds,
        clock,
        counters,
        controller.signal,
        () => {
          readyCount += 1;
          if (readyCount === DEVICES) allReady();
        },
        go,
      ).catch((error: unknown) => {
        counters.errors.push(`device ${i}: ${error instanceof Error ? error.message : String(error)}`);
        readyCount += 1;
        if (readyCount === DEVICES) allReady();
      }),
    );
    await everyoneReady;
    const started = Date.now();
    const until = started + seconds * 1000;
    clock.until = until;
    startWindow();
    const rss: [number, number][] = [];
    const sampler = setInterval(() => rss.push([(Date.now() - started) / 60_000, rssMb(pid)]), RSS_EVERY_MS);
    rss.push([0, rssMb(pid)]);
    await new Promise((resolve) => setTimeout(resolve, until - Date.now()));
    clearInterval(sampler);
    controller.abort(); // closes the live streams
    await Promise.all(devices);
    // warm-up: the first fifth of the run (JIT, pools, caches); the slope is fitted to the rest
    const warm = rss.filter(([minute]) => minute >= seconds / 60 / 5);
    const rssSlope = slope(warm);
    const warmMean = warm.reduce((s, [, mb]) => s + mb, 0) / Math.max(1, warm.length);
    const warmMinutes = ((seconds / 60) * 4) / 5;
    return {
      metrics: {
        devices: DEVICES,
        seconds,
        pushes: counters.pushLatenciesMs.length,
        commands: counters.commands,
        pushP50Ms: percentile(counters.pushLatenciesMs, 50),
        pushP99Ms: percentile(counters.pushLatenciesMs, 99),
        pulls: counters.pulls,
        notices: counters.notices,
        errors: counters.errors.length,
        rssStartMb: rss[0]?.[1] ?? Number.NaN,
        rssAfterWarmUpMb: warm[0]?.[1] ?? Number.NaN,
        rssEndMb: rss.at(-1)?.[1] ?? Number.NaN,
        rssMaxMb: Math.max(...rss.map(([, mb]) => mb)),
        rssSlopeMbPerMinute: rssSlope,
        rssGrowthAfterWarmUpPercent: ((rssSlope * warmMinutes) / warmMean) * 100,
      },
      errors: counters.errors,
    };
  } finally {
    controller.abort();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await dropSchema(databaseUrl, schema);
  }
}

/**
 * 50 simulated workstations (pull + push + live stream over the server's tRPC/HTTP protocol) against
 * one server process on PostgreSQL for `--soak-seconds` (5 minutes by default), RUNS times.
 */
export async function benchDevicesSoak(databaseUrl: string | undefined): Promise<BenchResult> {
  const url = databaseUrl ?? DEFAULT_DATABASE_URL;
  const seconds = soakSeconds();
  const runs: SoakRun[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    console.log(`  soak run ${run + 1}/${RUNS}: ${DEVICES} devices for ${seconds} s`);
    const result = await soakOnce(url, seconds);
    console.log(
      `  push p99 ${result.metrics.pushP99Ms?.toFixed(1)} ms, rss slope ${result.metrics.rssSlopeMbPerMinute?.toFixed(2)} MB/min, errors ${result.errors.length}`,
    );
    runs.push(result);
  }
  const { metrics, runs: spread } = medianOfRuns(runs.map((run) => run.metrics));
  const errors = runs.reduce((sum, run) => sum + run.errors.length, 0);
  const worstGrowth = Math.max(...runs.map((run) => run.metrics.rssGrowthAfterWarmUpPercent ?? Infinity));
  const firstErrors = runs.flatMap((run) => run.errors).slice(0, 3);
  return {
    name: `${DEVICES} simulated devices (pull + push + live stream) for ${seconds} s against one server on PostgreSQL`,
    goalId: 'devices-soak',
    metrics: { ...metrics, errorsAllRuns: errors },
    runs: spread ?? {},
    goal: 'no errors, server RSS stable after warm-up (growth ≤ 5 % over the run after warm-up), p99 push latency reported',
    met: errors === 0 && worstGrowth <= 5,
    notes:
      `Each device (in this Node process, the server is its own process: node --import tsx server/main.ts, ${ORDERS} demo orders, its own PostgreSQL schema) signs in and pulls the orders to the end in pages of ${PULL_PAGE} (sync.pull) before the timed window starts (when every device has its copy); during the window it keeps the live stream open (sync.stream, tRPC SSE) and pulls from its checkpoint on every notice, and pushes 1–5 add/remove-tag commands (sync.push) every ${PUSH_EVERY_MS} ms ±50 %, so every push reaches the other ${DEVICES - 1} devices as a notice and a pull. ` +
      `Server RSS (VmRSS) sampled every ${RSS_EVERY_MS / 1000} s; warm-up = the first fifth of the run; slope = least squares over the rest, growth = slope × remaining minutes / mean RSS. Errors = failed requests, a stream ending early, or a command not applied. ` +
      (firstErrors.length > 0 ? `First errors: ${firstErrors.join(' | ')}. ` : '') +
      'Duration: `npm run bench -- --only devices-soak --soak-seconds=30` (BENCH_SOAK_SECONDS, BENCH_SOAK_DEVICES, BENCH_SOAK_RUNS likewise).',
  };
}
