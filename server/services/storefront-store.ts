import { storeSchema, type Store } from '../../shared/schemas/store';
import { DomainError } from '../../shared/errors';
import { sql } from 'kysely';
import { liveDocs } from '../db/doc-queries';
import { qb, run, runFirst } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import type { StoreVatContext } from '../../shared/domain/vat/decide-order-vat';
import { distanceSalesPosition, type DistanceSalesPosition } from '../../shared/domain/vat/oss-threshold';
import { defaultStoreTimeZone, storeDate } from '../../shared/dates/store-date';

/**
 * The store the storefront sells for. Order Desk runs one store per deployment, so this is the
 * first store row (by id); a multi-store deployment would pick it by host or an `X-Store-Id` header.
 */
export async function storefrontStore(db: Queryable): Promise<Store> {
  const raw = (await runFirst(db, qb.selectFrom('stores').select('data').orderBy('id').limit(1)))?.data;
  const parsed = storeSchema.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw);
  if (!parsed.success) throw new DomainError('NOT_FOUND', 'The storefront has no store configured');
  return parsed.data;
}

export interface OssFlags {
  ossRegistered: boolean;
  /** Manual flag OR tracked EU distance sales over EUR 10,000 this or last calendar year. */
  distanceSalesThresholdExceeded: boolean;
  /** Tracked position this calendar year (store time zone), with the 80 % warning. */
  distanceSales: DistanceSalesPosition & { year: number; netCents: number };
  /** Catalog prices include VAT (invoice settings), so checkout converts them to net per line. */
  pricesIncludeVat: boolean;
}

/**
 * Net EU cross-border B2C sales of a calendar year (origin or OSS treatment, placed, not cancelled), by
 * year in the store's time zone: kept per order write by the database (migration 220,
 * `server/db/distance-sales-ddl.ts`), so this is one indexed read.
 */
async function distanceSalesByYear(
  db: Queryable,
  storeId: string,
  years: readonly number[],
): Promise<Map<number, number>> {
  const rows = await run(
    db,
    qb
      .selectFrom('distance_sales')
      .select(['year', 'net_cents'])
      .where('store_id', '=', storeId)
      .where('year', 'in', [...years]),
  );
  return new Map(rows.map((row) => [Number(row.year), Number(row.net_cents)]));
}

/**
 * The store's OSS position from its invoice settings (else the store profile's OSS registration, for a
 * new store) and its tracked sales: OSS-registered, or EU distance sales over EUR 10,000 in this or
 * last calendar year (store time zone), or the manual flag; and whether catalog prices include VAT.
 */
export async function storeOssFlags(db: Queryable, storeId: string, now = new Date()): Promise<OssFlags> {
  // the invoice settings, else the store profile's OSS registration: one round trip
  const row = await runFirst(
    db,
    qb.selectNoFrom((eb) =>
      eb.fn
        .coalesce(
          liveDocs('invoice_settings', storeId).select('data').where('id', '=', storeId),
          qb
            .selectFrom('stores')
            .select(sql<unknown>`jsonb_build_object('ossRegistered', data->'ossRegistered')`.as('data'))
            .where('id', '=', storeId),
        )
        .as('data'),
    ),
  );
  const data = row?.data;
  const value = (typeof data === 'string' ? JSON.parse(data) : data) as
    | {
        ossRegistered?: boolean;
        distanceSalesThresholdExceeded?: boolean;
        timeZone?: string;
        pricesIncludeVat?: boolean;
      }
    | null
    | undefined;
  const timeZone = value?.timeZone ?? defaultStoreTimeZone;
  const year = Number(storeDate(now, timeZone).slice(0, 4));
  const sales = await distanceSalesByYear(db, storeId, [year - 1, year]);
  const currentYearNet = sales.get(year) ?? 0;
  const previousYearNet = sales.get(year - 1) ?? 0;
  const position = distanceSalesPosition({
    currentYearNet,
    previousYearNet,
    manualOverride: value?.distanceSalesThresholdExceeded === true,
  });
  return {
    ossRegistered: value?.ossRegistered === true,
    distanceSalesThresholdExceeded: position.thresholdExceeded,
    distanceSales: { ...position, year, netCents: currentYearNet },
    pricesIncludeVat: value?.pricesIncludeVat === true,
  };
}

/** The store's side of the VAT decision tree: its country and OSS position. */
export async function storeVatContext(db: Queryable, store: Store): Promise<StoreVatContext> {
  const flags = await storeOssFlags(db, store.id);
  return {
    sellerCountry: store.country,
    ossRegistered: flags.ossRegistered,
    distanceSalesThresholdExceeded: flags.distanceSalesThresholdExceeded,
  };
}
