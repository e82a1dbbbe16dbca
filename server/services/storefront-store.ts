import { storeSchema, type Store } from '../../shared/schemas/store';
import { DomainError } from '../../shared/errors';
import type { Queryable } from '../db/sql-client';

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
}

/**
 * The store's OSS flags from its invoice settings document when present, else the store profile's
 * OSS registration (a new store before its invoice settings), else false for both (origin-country VAT).
 */
export async function storeOssFlags(db: Queryable, storeId: string): Promise<OssFlags> {
  const rows = await db.query<{ data: unknown }>(
    `SELECT COALESCE(
       (SELECT data FROM docs WHERE collection = 'invoice_settings' AND id = $1 AND store_id = $1 AND NOT deleted),
       (SELECT jsonb_build_object('ossRegistered', data->'ossRegistered') FROM stores WHERE id = $1)) AS data`,
    [storeId],
  );
  const data = rows[0]?.data;
  const value = (typeof data === 'string' ? JSON.parse(data) : data) as Partial<OssFlags> | null | undefined;
  return {
    ossRegistered: value?.ossRegistered === true,
    distanceSalesThresholdExceeded: value?.distanceSalesThresholdExceeded === true,
  };
}
