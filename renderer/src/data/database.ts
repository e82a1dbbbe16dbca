import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxCollectionCreator,
  type RxDatabase,
  type RxStorage,
} from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { orderLocalSchema, outboxSchema, plainLocalSchema, type OutboxEntry } from './local-schemas';

/**
 * A collection's schema version bump migrates its documents on the device (RxDB migration
 * strategies, one per new version in that collection's creator below) instead of a full
 * re-download; the outbox is migrated the same way and never cleared, so pending commands survive.
 */
addRxPlugin(RxDBMigrationSchemaPlugin);

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
  storage: RxStorage<unknown, unknown> = getRxStorageDexie(),
  /** Tests: collection creators replacing the app's (e.g. a version bump with its migration). */
  overrides: Partial<Record<keyof OrderDeskCollections, RxCollectionCreator>> = {},
): Promise<OrderDeskDatabase> {
  const db = await createRxDatabase<OrderDeskCollections>({
    name,
    storage,
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
    ...overrides,
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
