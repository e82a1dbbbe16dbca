import { DomainError, parseOrThrow } from '../../../shared/errors';
import {
  invoiceSettingsInputSchema,
  storeInvoiceSettingsSchema,
  type InvoiceSettingsInput,
  type StoreInvoiceSettings,
} from '../../../shared/schemas/invoice-settings';
import { storeSchema, type Store } from '../../../shared/schemas/store';
import type { StaffUser } from '../../../shared/schemas/user';
import { getDoc, putDoc, type StoredDoc } from '../../db/doc-store';
import { withWriteTransaction, type WriteScope } from '../../db/write-scope';
import { sql } from 'kysely';
import { qb, run, runFirst } from '../../db/kysely';
import type { Queryable } from '../../db/sql-client';
import type { AppContext } from '../app-context';

/** The replicated `invoice_settings` document: the settings plus the store they belong to (devices build invoices offline). */
export interface InvoiceSettingsDoc extends StoreInvoiceSettings {
  id: string;
  store: Store;
}

export { invoiceSettingsInputSchema, type InvoiceSettingsInput };

/** The demo store is registered for the One-Stop-Shop: EU consumers pay their own country's VAT. */
export const demoOssFlags = { ossRegistered: true, distanceSalesThresholdExceeded: true } as const;

/** Invoice settings seeded for the demo store (German GmbH, invoice on payment). */
export function demoInvoiceSettings(store: Store, now: string): StoreInvoiceSettings {
  return {
    storeId: store.id,
    legalName: store.address.name,
    address: store.address,
    vatNumber: store.vatNumber ?? 'DE136695976',
    companyRegistrationId: 'Amtsgericht Hamburg HRB 123456',
    bankDetails: { bankName: 'Hamburger Sparkasse', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
    invoicePrefix: 'INV',
    paymentTermsDays: 14,
    footerText: `${store.address.name} · ${store.address.line1}, ${store.address.postalCode} ${store.address.city} · Managing director: Ada Admin · info@nordwind.example`,
    logo: null,
    language: 'en',
    pricesIncludeVat: false,
    timeZone: 'Europe/Berlin',
    ...demoOssFlags,
    autoInvoiceTrigger: 'manual',
    version: 1,
    updatedAt: now,
  };
}

/** Writes the settings document (callers hold the write lock and touch `invoice_settings`). */
export async function putInvoiceSettings(
  tx: Queryable,
  store: Store,
  settings: StoreInvoiceSettings,
): Promise<void> {
  const doc: InvoiceSettingsDoc = { ...settings, id: store.id, store };
  await putDoc(tx, 'invoice_settings', doc);
}

/** The store row as the shared Store type. */
export async function loadStore(db: Queryable, storeId: string): Promise<Store> {
  const data = (await runFirst(db, qb.selectFrom('stores').select('data').where('id', '=', storeId)))?.data;
  if (data === undefined) throw new DomainError('NOT_FOUND', `Store ${storeId} not found`);
  return storeSchema.parse(typeof data === 'string' ? JSON.parse(data) : data);
}

/** The store's invoice settings; 422 when they were never set up (invoices cannot be issued without them). */
export async function getInvoiceSettings(db: Queryable, storeId: string): Promise<StoreInvoiceSettings> {
  return settingsFrom(await getDoc<InvoiceSettingsDoc>(db, 'invoice_settings', storeId, { storeId }));
}

function settingsFrom(stored: StoredDoc<InvoiceSettingsDoc> | undefined): StoreInvoiceSettings {
  if (!stored || stored.deleted) {
    throw new DomainError('BUSINESS_RULE', 'Invoice settings are not set up for this store', {
      details: { reason: 'no_invoice_settings' },
    });
  }
  return storeInvoiceSettingsSchema.parse({ ...stored.data, version: stored.version });
}

/** The store, read once per write transaction. */
export function loadStoreIn(scope: WriteScope, storeId: string): Promise<Store> {
  return scope.memo(`store:${storeId}`, () => loadStore(scope.tx, storeId));
}

/** The invoice settings, read once per write transaction (they change only in a transaction of their own). */
export function getInvoiceSettingsIn(scope: WriteScope, storeId: string): Promise<StoreInvoiceSettings> {
  return scope.memo(`invoice-settings:${storeId}`, async () =>
    settingsFrom(await scope.getDoc<InvoiceSettingsDoc>('invoice_settings', storeId, { storeId })),
  );
}

/** Replaces the store's invoice settings (admin); bumps the version and replicates to devices. */
export async function updateInvoiceSettings(
  app: AppContext,
  user: StaffUser,
  input: unknown,
): Promise<StoreInvoiceSettings> {
  const parsed = parseOrThrow(invoiceSettingsInputSchema, input, 'invoice settings');
  return withWriteTransaction(app.db, app.feed, user.storeId, async ({ tx, touch }) => {
    const store = await loadStore(tx, user.storeId);
    const current = await getDoc<InvoiceSettingsDoc>(tx, 'invoice_settings', user.storeId, {
      storeId: user.storeId,
      forUpdate: true,
    });
    const settings: StoreInvoiceSettings = {
      ...parsed,
      storeId: user.storeId,
      version: (current?.version ?? 0) + 1,
      updatedAt: app.now().toISOString(),
    };
    await putInvoiceSettings(tx, store, settings);
    touch('invoice_settings');
    return settings;
  });
}

/** Seeds demo invoice settings for every store that has none (idempotent; run at start-up). */
export async function ensureDemoInvoiceSettings(app: AppContext): Promise<void> {
  const rows = await run(
    app.db,
    qb
      .selectFrom('stores as s')
      .select('s.id')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('docs as d')
              .select(sql<number>`1`.as('one'))
              .where('d.collection', '=', 'invoice_settings')
              .whereRef('d.id', '=', 's.id'),
          ),
        ),
      ),
  );
  for (const { id } of rows) {
    await withWriteTransaction(app.db, app.feed, id, async ({ tx, touch }) => {
      const store = await loadStore(tx, id);
      await putInvoiceSettings(tx, store, demoInvoiceSettings(store, app.now().toISOString()));
      touch('invoice_settings');
    });
  }
}
