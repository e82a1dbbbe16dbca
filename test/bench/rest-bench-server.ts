import Fastify from 'fastify';
import { startServer } from '../../server/start-server';
import { getDoc, putDoc } from '../../server/db/doc-store';
import { withWriteTransaction } from '../../server/db/write-scope';
import { checkoutProvider, useCheckoutProvider } from '../../server/payments/checkout-providers';
import type { Product } from '../../shared/schemas/product';
import type { ShippingMethod } from '../../shared/schemas/shipping-method';
import type { CheckoutInput } from '../../shared/schemas/storefront';

/*
 * A server process of the REST bench (forked by bench-rest.ts), so the server under test has its
 * own event loop as in production instead of sharing one with the load generator. Modes (argv[2]):
 * `app <databaseUrl|pglite> <schema> [providerLatencyMs]` starts the real server with demo data and reports its url, a
 * staff token, an order id and a valid checkout body; `bare` starts a bare Fastify server that
 * answers GET /bare/<name> with bytes sent to it over IPC and POST /bare-checkout with 201.
 */

type Running = Awaited<ReturnType<typeof startServer>>;

/** Gives a demo product practically unlimited stock and builds a valid one-unit guest checkout body for it. */
async function checkoutBody(server: Running): Promise<CheckoutInput> {
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

/** Makes the demo (`test`) provider answer authorize and capture after `ms` each, as a provider across the network would. */
function slowProvider(ms: number): void {
  const real = checkoutProvider('test');
  if (!real || ms <= 0) return;
  const late = <T>(value: Promise<T>): Promise<T> =>
    new Promise((resolve) => setTimeout(resolve, ms)).then(() => value);
  useCheckoutProvider({
    ...real,
    authorize: (request) => late(real.authorize(request)),
    capture: (reference, amount, key) => late(real.capture(reference, amount, key)),
  });
}

async function startApp(database: string, schema: string, providerLatencyMs: number): Promise<void> {
  slowProvider(providerLatencyMs);
  const server = await startServer({
    port: 0,
    demo: true,
    logLevel: 'silent',
    ...(database === 'pglite' ? { dataDir: 'memory' } : { databaseUrl: database, schema }),
  });
  const login = (await (
    await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@orderdesk.test', password: 'demo1234' }),
    })
  ).json()) as { token: string };
  const [order] = await server.app.db.query<{ id: string }>(
    `SELECT id::text AS id FROM docs WHERE collection = 'orders' AND NOT deleted ORDER BY id LIMIT 1`,
  );
  const body = await checkoutBody(server);
  process.on('message', (message) => {
    if (message === 'close') void server.close().then(() => process.exit(0));
  });
  process.send?.({ url: server.url, token: login.token, orderId: order?.id, checkoutBody: body });
}

async function startBare(): Promise<void> {
  const bodies = new Map<string, Buffer>();
  const bare = Fastify();
  bare.get<{ Params: { name: string } }>('/bare/:name', (request, reply) =>
    reply.header('content-type', 'application/json; charset=utf-8').send(bodies.get(request.params.name)),
  );
  bare.post('/bare-checkout', async (request, reply) =>
    reply.code(201).send({ ok: true, received: typeof request.body }),
  );
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const address = bare.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.on('message', (message: unknown) => {
    if (message === 'close') void bare.close().then(() => process.exit(0));
    else if (typeof message === 'object' && message !== null) {
      const { name, base64 } = message as { name: string; base64: string };
      bodies.set(name, Buffer.from(base64, 'base64'));
      process.send?.({ stored: name });
    }
  });
  process.send?.({ url: `http://127.0.0.1:${port}` });
}

const [mode, database, schema, latency] = process.argv.slice(2);
(mode === 'bare'
  ? startBare()
  : startApp(database ?? 'pglite', schema ?? 'bench_rest', Number(latency ?? 0))
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
