import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import { hashPassword } from '../auth/password';
import { putDoc, putDocs } from '../db/doc-store';
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
  const existing = await app.db.query('SELECT id FROM stores LIMIT 1');
  if (existing.length > 0) return false;
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
    await tx.query('INSERT INTO stores (id, data) VALUES ($1, $2::jsonb)', [
      store.id,
      JSON.stringify(storeRow),
    ]);
    for (const user of users) {
      await tx.query(
        'INSERT INTO users (id, store_id, email, name, password_hash, permissions, is_admin) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [user.id, store.id, user.email, user.name, passwordHash, user.permissions, user.isAdmin],
      );
    }
    for (const product of products) await putDoc(tx, 'products', product);
    for (const method of shippingMethods) await putDoc(tx, 'shipping_methods', method);
    for (const customer of customers) await putDoc(tx, 'customers', { ...customer, version: 1 });
    await putDocs(tx, 'orders', orders);
    await refreshCustomerStats(scope, store.id, customerIdsOf(orders), nowIso);
    await tx.query(`INSERT INTO counters (store_id, name, value) VALUES ($1, 'order_number', $2)`, [
      store.id,
      1000 + count,
    ]);
    for (const collection of ['products', 'shipping_methods', 'customers', 'orders'] as const)
      touch(collection);
  });
  return true;
}
