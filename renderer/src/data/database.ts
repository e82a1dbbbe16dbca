import { createRxDatabase, type RxCollection, type RxDatabase } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { orderLocalSchema, outboxSchema, plainLocalSchema, type OutboxEntry } from './local-schemas';

type LooseDoc = Record<string, unknown> & { id: string };

/** Replicated collections: local name → server collection name. */
export const replicatedCollections = {
  orders: 'orders',
  products: 'products',
  shippingmethods: 'shipping_methods',
  customers: 'customers',
  orderexceptions: 'order_exceptions',
  invoices: 'invoices',
  invoicesettings: 'invoice_settings',
  automationrules: 'automation_rules',
  customerstats: 'customer_stats',
} as const;
export type LocalCollectionName = keyof typeof replicatedCollections;

export type OrderDeskCollections = { [K in LocalCollectionName]: RxCollection<LooseDoc> } & {
  outbox: RxCollection<OutboxEntry>;
};
export type OrderDeskDatabase = RxDatabase<OrderDeskCollections>;

/** Opens the device's working copy in IndexedDB (one database per store). */
export async function openLocalDatabase(
  storeId: string,
  name = `orderdesk_${storeId.replace(/-/g, '')}`,
): Promise<OrderDeskDatabase> {
  const db = await createRxDatabase<OrderDeskCollections>({
    name,
    storage: getRxStorageDexie(),
    multiInstance: true,
    closeDuplicates: true,
  });
  await db.addCollections({
    orders: { schema: orderLocalSchema },
    products: { schema: plainLocalSchema('products') },
    shippingmethods: { schema: plainLocalSchema('shippingmethods') },
    customers: { schema: plainLocalSchema('customers') },
    orderexceptions: { schema: plainLocalSchema('orderexceptions') },
    invoices: { schema: plainLocalSchema('invoices') },
    invoicesettings: { schema: plainLocalSchema('invoicesettings') },
    automationrules: { schema: plainLocalSchema('automationrules') },
    customerstats: { schema: plainLocalSchema('customerstats') },
    outbox: { schema: outboxSchema },
  });
  return db;
}

/** Deletes the working copy from this device (all IndexedDB databases of this RxDB database). */
export async function deleteLocalDatabase(db: OrderDeskDatabase): Promise<void> {
  const name = db.name;
  await db.close();
  const all = await indexedDB.databases();
  const mine = all
    .map((info) => info.name ?? '')
    .filter((dbName) => dbName.includes(`-${name}--`) || dbName === name);
  await Promise.all(
    mine.map(
      (dbName) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(dbName);
          request.onsuccess = () => resolve();
          request.onerror = () => resolve();
          request.onblocked = () => resolve(); // completes once the last connection closes
        }),
    ),
  );
}
