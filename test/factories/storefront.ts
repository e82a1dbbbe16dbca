import type { z } from 'zod';
import type { Product } from '../../shared/schemas/product';
import type { ShippingMethod } from '../../shared/schemas/shipping-method';
import type { CheckoutInput } from '../../shared/schemas/storefront';
import { customerAuthResultSchema } from '../../shared/schemas/storefront';
import { newId } from '../../shared/ids';
import { getDoc, putDoc } from '../../server/db/doc-store';
import { withWriteTransaction } from '../../server/db/write-scope';
import type { TestServer } from './test-server';

/** Registers a fresh storefront customer; fails the test on an error status. */
export async function registerCustomer(
  server: TestServer,
  name = 'Carla Customer',
): Promise<z.infer<typeof customerAuthResultSchema>> {
  const email = `c-${newId().slice(-12)}@shop.test`;
  const response = await server.api('POST', '/api/v1/store/auth/register', {
    json: { email, password: 'secret-pass-1', name },
  });
  if (response.status !== 201)
    throw new Error(`register: ${response.status} ${JSON.stringify(response.body)}`);
  return customerAuthResultSchema.parse(response.body);
}

async function docsOf<T>(server: TestServer, collection: string): Promise<T[]> {
  const rows = await server.app.db.query<{ data: T }>(
    'SELECT data FROM docs WHERE collection = $1 AND NOT deleted ORDER BY id',
    [collection],
  );
  return rows.map((row) => row.data);
}

/** A demo product whose available stock is set to `available` (so tests own its stock). */
export async function productWithStock(server: TestServer, available: number, index = 0): Promise<Product> {
  const products = await docsOf<Product>(server, 'products');
  const product = products[index];
  if (!product) throw new Error('no demo product');
  const storeId = product.storeId;
  return withWriteTransaction(server.app.db, server.app.feed, storeId, async ({ tx }) => {
    const stored = await getDoc<Product>(tx, 'products', product.id, { forUpdate: true });
    if (!stored) throw new Error('product vanished');
    const { reserved } = stored.data.stock;
    const next: Product = {
      ...stored.data,
      stock: { onHand: reserved + available, reserved, available },
      version: stored.version + 1,
    };
    await putDoc(tx, 'products', next);
    return next;
  });
}

/** The product as stored now. */
export async function productNow(server: TestServer, id: string): Promise<Product> {
  const stored = await getDoc<Product>(server.app.db, 'products', id);
  if (!stored) throw new Error(`product ${id} missing`);
  return stored.data;
}

/** A demo shipping method of the given price rule kind. */
export async function shippingMethodOf(
  server: TestServer,
  kind: ShippingMethod['priceRule']['kind'],
): Promise<ShippingMethod> {
  const method = (await docsOf<ShippingMethod>(server, 'shipping_methods')).find(
    (candidate) => candidate.priceRule.kind === kind,
  );
  if (!method) throw new Error(`no ${kind} method`);
  return method;
}

/** A valid checkout body for one product, shipped to Germany by the flat-rate method. */
export async function checkoutBody(
  server: TestServer,
  product: Product,
  overrides: Partial<CheckoutInput> = {},
): Promise<CheckoutInput> {
  const method = await shippingMethodOf(server, 'flat');
  const address = {
    name: 'Carla Customer',
    line1: 'Hauptstraße 1',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  };
  return {
    items: [{ productId: product.id, quantity: 1 }],
    customer: { email: 'carla@shop.test', name: 'Carla Customer', type: 'b2c' },
    billingAddress: address,
    shippingAddress: address,
    shippingMethodId: method.id,
    payment: { provider: 'test', token: 'tok_success' },
    ...overrides,
  };
}

/** Row counts of every table plus the docs sequence and counters: equal snapshots mean nothing was written. */
export async function databaseSnapshot(server: TestServer): Promise<Record<string, string>> {
  const tables = await server.app.db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const snapshot: Record<string, string> = {};
  for (const { table_name: table } of tables) {
    const rows = await server.app.db.query<{ n: string | number }>(`SELECT count(*) AS n FROM "${table}"`);
    snapshot[table] = String(rows[0]?.n ?? 0);
  }
  const seq = await server.app.db.query<{ s: string | number | null; v: string | number | null }>(
    'SELECT max(seq) AS s, sum(version) AS v FROM docs',
  );
  snapshot['docs.maxSeq'] = String(seq[0]?.s ?? 0);
  snapshot['docs.versions'] = String(seq[0]?.v ?? 0);
  const counters = await server.app.db.query<{ name: string; value: string | number }>(
    'SELECT name, value FROM counters ORDER BY store_id, name',
  );
  const commands = await server.app.db.query<{ type: string; outcome: unknown }>(
    'SELECT type, outcome FROM commands ORDER BY received_at',
  );
  snapshot.commandLog = commands
    .map((row) => `${row.type}:${JSON.stringify(row.outcome).slice(0, 160)}`)
    .join(' | ');
  snapshot.counters = counters.map((row) => `${row.name}=${String(row.value)}`).join(',');
  return snapshot;
}
