import { z } from 'zod';
import {
  storeProfileSchema,
  timeZoneSchema,
  type StoreProfile,
  type StoreProfileInput,
} from '../../shared/schemas/store-profile';
import { storeSchema, type Store } from '../../shared/schemas/store';
import type { StaffUser } from '../../shared/schemas/user';
import { DomainError } from '../../shared/errors';
import { getDoc } from '../db/doc-store';
import { withWriteTransaction } from '../db/write-scope';
import { sql } from 'kysely';
import { qb, run, runFirst } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import type { AppContext } from './app-context';
import { putInvoiceSettings, type InvoiceSettingsDoc } from './invoicing/invoice-settings-store';

/** The profile fields kept in the store row next to the shared `Store` fields (all optional: older rows lack them). */
const storedProfileExtrasSchema = z.object({
  legalName: z.string().optional(),
  taxNumber: z.string().nullable().optional(),
  timezone: timeZoneSchema.optional(),
  ossRegistered: z.boolean().optional(),
  completedAt: z.string().nullable().optional(),
  profileUpdatedAt: z.string().nullable().optional(),
});
type StoredStore = Store & z.infer<typeof storedProfileExtrasSchema>;

/** Time zone of stores saved before the profile existed. */
const DEFAULT_TIME_ZONE = 'UTC';

async function loadStoredStore(db: Queryable, storeId: string, forUpdate = false): Promise<StoredStore> {
  const query = qb.selectFrom('stores').select('data').where('id', '=', storeId);
  const raw = (await runFirst(db, forUpdate ? query.forUpdate() : query))?.data;
  if (raw === undefined) throw new DomainError('NOT_FOUND', `Store ${storeId} not found`);
  const data: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
  return { ...storedProfileExtrasSchema.parse(data), ...storeSchema.parse(data) };
}

/**
 * The profile of a store. Stores from before the profile take legal name and OSS flag from their
 * invoice settings and count as set up when those exist.
 */
function toProfile(store: StoredStore, settings: InvoiceSettingsDoc | undefined): StoreProfile {
  return storeProfileSchema.parse({
    id: store.id,
    code: store.code,
    country: store.country,
    name: store.name,
    legalName: store.legalName ?? settings?.legalName ?? store.name,
    address: store.address,
    vatId: store.vatNumber,
    taxNumber: store.taxNumber ?? null,
    currency: store.currency,
    timezone: store.timezone ?? DEFAULT_TIME_ZONE,
    ossRegistered: store.ossRegistered ?? settings?.ossRegistered ?? false,
    completedAt: store.completedAt === undefined ? (settings?.updatedAt ?? null) : store.completedAt,
    updatedAt: store.profileUpdatedAt ?? null,
  });
}

async function invoiceSettingsOf(db: Queryable, storeId: string): Promise<InvoiceSettingsDoc | undefined> {
  const stored = await getDoc<InvoiceSettingsDoc>(db, 'invoice_settings', storeId, { storeId });
  return stored && !stored.deleted ? { ...stored.data, version: stored.version } : undefined;
}

/** The store profile of the admin's store (`GET /api/v1/admin/store`). */
export async function getStoreProfile(db: Queryable, storeId: string): Promise<StoreProfile> {
  return toProfile(await loadStoredStore(db, storeId), await invoiceSettingsOf(db, storeId));
}

async function assertCurrencyChangeAllowed(
  tx: Queryable,
  store: StoredStore,
  currency: string,
): Promise<void> {
  if (currency === store.currency) return;
  const order = await runFirst(
    tx,
    qb
      .selectFrom('docs')
      .select(sql.lit(1).as('order'))
      .where('collection', '=', 'orders')
      .where('store_id', '=', store.id)
      .limit(1),
  );
  if (order) {
    throw new DomainError('CONFLICT', 'The currency cannot change once the store has orders', {
      issues: [{ path: 'currency', message: `The store's orders are in ${store.currency}` }],
    });
  }
}

/**
 * Saves the store profile (`PUT /api/v1/admin/store`). The invoice settings' seller block (legal
 * name, address, VAT ID, OSS flag) follows it, so invoices never show another identity; numbering,
 * bank details and terms stay in the invoice settings.
 */
export async function saveStoreProfile(
  app: AppContext,
  admin: StaffUser,
  input: StoreProfileInput,
): Promise<StoreProfile> {
  const now = app.now().toISOString();
  return withWriteTransaction(app.db, app.feed, admin.storeId, async ({ tx, touch }) => {
    const current = await loadStoredStore(tx, admin.storeId, true);
    await assertCurrencyChangeAllowed(tx, current, input.currency);
    const next: StoredStore = {
      ...current,
      name: input.name,
      country: input.address.country,
      currency: input.currency,
      address: input.address,
      vatNumber: input.vatId,
      legalName: input.legalName,
      taxNumber: input.taxNumber,
      timezone: input.timezone,
      ossRegistered: input.ossRegistered,
      completedAt: current.completedAt ?? now,
      profileUpdatedAt: now,
    };
    await run(
      tx,
      qb
        .updateTable('stores')
        .set({ data: sql<string>`${JSON.stringify(next)}::jsonb` })
        .where('id', '=', admin.storeId),
    );
    const settings = await invoiceSettingsOf(tx, admin.storeId);
    if (settings) {
      const { id: _id, store: _store, ...rest } = settings;
      await putInvoiceSettings(tx, storeSchema.parse(next), {
        ...rest,
        legalName: input.legalName,
        address: input.address,
        vatNumber: input.vatId ?? settings.vatNumber,
        ossRegistered: input.ossRegistered,
        version: settings.version + 1,
        updatedAt: now,
      });
      touch('invoice_settings');
    }
    return toProfile(next, settings);
  });
}
