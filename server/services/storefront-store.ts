import { storeSchema, type Store } from '../../shared/schemas/store';
import { DomainError } from '../../shared/errors';
import type { Queryable } from '../db/sql-client';
import type { StoreVatContext } from '../../shared/domain/vat/decide-order-vat';

/**
 * The store the storefront sells for. Order Desk runs one store per deployment, so this is the
 * first store row (by id); a multi-store deployment would pick it by host or an `X-Store-Id` header.
 */
export async function storefrontStore(db: Queryable): Promise<Store> {
  const rows = await db.query<{ data: unknown }>('SELECT data FROM stores ORDER BY id LIMIT 1');
  const raw = rows[0]?.data;
  const parsed = storeSchema.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw);
  if (!parsed.success) throw new DomainError('NOT_FOUND', 'The storefront has no store configured');
  return parsed.data;
}

export interface OssFlags {
  ossRegistered: boolean;
  distanceSalesThresholdExceeded: boolean;
  /** Catalog prices include VAT (invoice settings), so checkout converts them to net per line. */
  pricesIncludeVat: boolean;
}

/** The store's OSS flags and prices-include-VAT from its invoice settings document when present, else all false. */
export async function storeOssFlags(db: Queryable, storeId: string): Promise<OssFlags> {
  const rows = await db.query<{ data: unknown }>(
    `SELECT data FROM docs WHERE collection = 'invoice_settings' AND id = $1 AND store_id = $1 AND NOT deleted`,
    [storeId],
  );
  const data = rows[0]?.data;
  const value = (typeof data === 'string' ? JSON.parse(data) : data) as Partial<OssFlags> | null | undefined;
  return {
    ossRegistered: value?.ossRegistered === true,
    distanceSalesThresholdExceeded: value?.distanceSalesThresholdExceeded === true,
    pricesIncludeVat: value?.pricesIncludeVat === true,
  };
}

/** The store's side of the VAT decision tree: its country and OSS position. */
export async function storeVatContext(db: Queryable, store: Store): Promise<StoreVatContext> {
  const flags = await storeOssFlags(db, store.id);
  return { sellerCountry: store.country, ...flags };
}
