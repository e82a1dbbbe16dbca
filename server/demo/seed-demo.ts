import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import { hashPassword } from '../auth/password';
import { sql } from 'kysely';
import { putDoc, putDocs } from '../db/doc-store';
import { qb, run, runFirst } from '../db/kysely';
import { withWriteTransaction } from '../db/write-scope';
import { customerIdsOf, refreshCustomerStats } from '../services/customer-stats';
import type { AppContext } from '../services/app-context';
import { DEMO_PASSWORD, demoProducts, demoShippingMethods, demoStore, demoUsers } from './demo-catalog';
import { demoCustomers, demoOrder } from './demo-orders';
import { seededRandom } from './random';

export interface SeedOptions {
  orders?: number;
  seed?: number;
}

/** Reserved stock per product implied by open orders, so stock and orders agree. */
function withReservations(products: Product[], orders: Order[]): Product[] {
  const reserved = new Map<string, number>();
  for (const order of orders) {
    if (order.status === 'cancelled') continue;
    for (const item of order.items) {
      const open = item.quantity - item.quantityShipped - item.quantityCancelled;
      if (item.productId && open > 0)
        reserved.set(item.productId, (reserved.get(item.productId) ?? 0) + open);
    }
  }
  return products.map((product) => {
    const held = reserved.get(product.id) ?? 0;
    const onHand = Math.max(product.stock.onHand, held);
    return { ...product, stock: { onHand, reserved: held, available: onHand - held } };
  });
}

/** Seeds the demo store once (idempotent: does nothing when a store exists). Returns whether it seeded. */
export async function seedDemo(app: AppContext, options: SeedOptions = {}): Promise<boolean> {
  const existing = await runFirst(app.db, qb.selectFrom('stores').select('id').limit(1));
  if (existing) return false;
  const rand = seededRandom(options.seed ?? 20261126);
  const now = new Date('2026-11-20T09:00:00.000Z');
  const nowIso = now.toISOString();
  const store = demoStore(rand);
  const users = demoUsers(rand, store.id);
  const shippingMethods = demoShippingMethods(rand, store.id, nowIso);
  const customers = demoCustomers(rand, store.id, 150, nowIso);
  const baseProducts = demoProducts(rand, store.id, nowIso);
  const count = options.orders ?? 600;
  const orders = Array.from({ length: count }, (_, index) => {
    const createdAt = new Date(now.getTime() - (count - index) * 37 * 60 * 1000).toISOString();
    return demoOrder({ rand, store, products: baseProducts, customers, shippingMethods, index, createdAt });
  });
  const products = withReservations(baseProducts, orders);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await withWriteTransaction(app.db, app.feed, store.id, async (scope) => {
    const { tx, touch } = scope;
    // the demo store's profile is complete (no first-run setup): see services/store-profile.ts
    const profile = {
      legalName: store.name,
      taxNumber: null,
      timezone: 'Europe/Berlin',
      ossRegistered: true,
    };
    const storeRow = { ...store, ...profile, completedAt: nowIso, profileUpdatedAt: nowIso };
    await run(
      tx,
      qb.insertInto('stores').values({ id: store.id, data: sql<string>`${JSON.stringify(storeRow)}::jsonb` }),
    );
    for (const user of users) {
      await run(
        tx,
        qb.insertInto('users').values({
          id: user.id,
          store_id: store.id,
          email: user.email,
          name: user.name,
          password_hash: passwordHash,
          permissions: user.permissions,
          is_admin: user.isAdmin,
        }),
      );
    }
    for (const product of products) await putDoc(tx, 'products', product);
    for (const method of shippingMethods) await putDoc(tx, 'shipping_methods', method);
    for (const customer of customers) await putDoc(tx, 'customers', { ...customer, version: 1 });
    await putDocs(tx, 'orders', orders);
    await refreshCustomerStats(scope, store.id, customerIdsOf(orders), nowIso);
    await run(
      tx,
      qb.insertInto('counters').values({ store_id: store.id, name: 'order_number', value: 1000 + count }),
    );
    for (const collection of ['products', 'shipping_methods', 'customers', 'orders'] as const)
      touch(collection);
  });
  return true;
}
