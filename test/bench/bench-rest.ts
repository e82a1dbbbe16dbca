import autocannon from 'autocannon';
import Fastify from 'fastify';
import { startServer } from '../../server/start-server';
import type { BenchResult } from './bench-report';
import { getDoc, putDoc } from '../../server/db/doc-store';
import { withWriteTransaction } from '../../server/db/write-scope';
import type { Product } from '../../shared/schemas/product';
import type { ShippingMethod } from '../../shared/schemas/shipping-method';
import type { CheckoutInput } from '../../shared/schemas/storefront';

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

/** Gives a demo product practically unlimited stock and builds a valid one-unit guest checkout body for it. */
async function checkoutBody(server: Awaited<ReturnType<typeof startServer>>): Promise<CheckoutInput> {
  const products = await server.app.db.query<{ data: Product | string }>(
    `SELECT data FROM docs WHERE collection = 'products' AND NOT deleted ORDER BY id LIMIT 1`,
  );
  const methods = await server.app.db.query<{ data: ShippingMethod | string }>(
    `SELECT data FROM docs WHERE collection = 'shipping_methods' AND NOT deleted ORDER BY id`,
  );
  const parse = <T>(data: T | string): T => (typeof data === 'string' ? (JSON.parse(data) as T) : data);
  const product = products[0] ? parse(products[0].data) : undefined;
  const method = methods
    .map((row) => parse(row.data))
    .find((m) => m.active && m.priceRule.kind === 'flat' && m.countries.includes('DE'));
  if (!product || !method) throw new Error('demo store has no product or flat-rate DE shipping method');
  await withWriteTransaction(server.app.db, server.app.feed, product.storeId, async ({ tx, touch }) => {
    const stored = await getDoc<Product>(tx, 'products', product.id, { forUpdate: true });
    if (!stored) throw new Error('product vanished');
    const { reserved } = stored.data.stock;
    const next: Product = {
      ...stored.data,
      stock: { onHand: reserved + 100_000_000, reserved, available: 100_000_000 },
      version: stored.version + 1,
    };
    await putDoc(tx, 'products', next);
    touch('products');
  });
  const address = {
    name: 'Bench Buyer',
    line1: 'Hauptstraße 1',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  };
  return {
    items: [{ productId: product.id, quantity: 1 }],
    customer: { email: 'bench@shop.test', name: 'Bench Buyer', type: 'b2c' },
    billingAddress: address,
    shippingAddress: address,
    shippingMethodId: method.id,
    payment: { provider: 'test', token: 'tok_success' },
  };
}

/** Checkout throughput (every request a new Idempotency-Key) vs the bare Fastify POST route. */
async function checkoutBench(
  server: Awaited<ReturnType<typeof startServer>>,
  barePort: number,
): Promise<{
  route: Awaited<ReturnType<typeof cannon>>;
  bare: Awaited<ReturnType<typeof cannon>>;
  created: number;
}> {
  const body = JSON.stringify(await checkoutBody(server));
  const headers = { 'content-type': 'application/json' };
  let counter = 0;
  let created = 0;
  const runId = Date.now().toString(36);
  const route = await cannon({
    url: server.url,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/store/checkout',
        headers,
        body,
        setupRequest: (request) => {
          counter += 1;
          return { ...request, headers: { ...headers, 'idempotency-key': `bench-${runId}-${counter}` } };
        },
        onResponse: (status) => {
          if (status === 201) created += 1;
        },
      },
    ],
  });
  const bare = await cannon({
    url: `http://127.0.0.1:${barePort}/bare-checkout`,
    method: 'POST',
    headers,
    body,
  });
  return { route, bare, created };
}

/** REST order-list and checkout throughput vs a bare Fastify route on the same machine. */
export async function benchRest(): Promise<BenchResult[]> {
  const bare = Fastify();
  bare.get('/bare', () => ({ ok: true }));
  bare.post('/bare-checkout', async (request, reply) =>
    reply.code(201).send({ ok: true, received: typeof request.body }),
  );
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
    const checkout = await checkoutBench(server, barePort);
    results.push({
      name: 'REST POST /api/v1/store/checkout (PGlite, tok_success, unique Idempotency-Key)',
      metrics: {
        requestsPerSecond: checkout.route.rps,
        p99Ms: checkout.route.p99,
        created201: checkout.created,
        bareFastifyRps: checkout.bare.rps,
        bareFastifyP99Ms: checkout.bare.p99,
        ratioToBare: checkout.route.rps / checkout.bare.rps,
        errors: checkout.route.errors + checkout.route.non2xx,
      },
      goal: 'measured against a bare Fastify POST route (no fixed goal)',
      met: null,
      notes:
        'Each request is a real guest checkout of one unit (stock raised beforehand so it never runs out): idempotency record, order number, stock reservation, payment with the test provider, order + customer stats in one write transaction. The bare route parses the same JSON body and answers 201.',
    });
    return results;
  } finally {
    await server.close();
    await bare.close();
  }
}
