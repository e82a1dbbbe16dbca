import autocannon from 'autocannon';
import Fastify from 'fastify';
import { startServer } from '../../server/start-server';
import type { BenchResult } from './bench-report';

async function cannon(
  options: autocannon.Options,
): Promise<{ rps: number; p99: number; errors: number; non2xx: number }> {
  const result = await autocannon({ connections: 10, duration: 5, ...options });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** REST order-list (and checkout when present) throughput vs a bare Fastify route on the same machine. */
export async function benchRest(): Promise<BenchResult[]> {
  const bare = Fastify();
  bare.get('/bare', () => ({ ok: true }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareAddress = bare.server.address();
  const barePort = typeof bareAddress === 'object' && bareAddress ? bareAddress.port : 0;
  const server = await startServer({ port: 0, dataDir: 'memory', demo: true, logLevel: 'silent' });
  try {
    const login = (await (
      await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@orderdesk.test', password: 'demo1234' }),
      })
    ).json()) as { token: string };
    const baseline = await cannon({ url: `http://127.0.0.1:${barePort}/bare` });
    const list = await cannon({
      url: `${server.url}/api/v1/admin/orders?limit=50`,
      headers: { authorization: `Bearer ${login.token}` },
    });
    const results: BenchResult[] = [
      {
        name: 'REST GET /api/v1/admin/orders?limit=50 (PGlite)',
        metrics: {
          requestsPerSecond: list.rps,
          p99Ms: list.p99,
          bareFastifyRps: baseline.rps,
          bareFastifyP99Ms: baseline.p99,
          ratioToBare: list.rps / baseline.rps,
          errors: list.errors + list.non2xx,
        },
        goal: 'measured against a bare Fastify route (no fixed goal)',
        met: null,
      },
    ];
    const checkoutProbe = await fetch(`${server.url}/api/v1/store/checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (checkoutProbe.status !== 404) {
      results.push({
        name: 'REST POST /api/v1/store/checkout',
        metrics: {},
        goal: 'see checkout bench',
        met: null,
        notes: 'Checkout route present; throughput measured by bench-checkout when available.',
      });
    }
    return results;
  } finally {
    await server.close();
    await bare.close();
  }
}
