import type { MarketplaceMappingDraft } from '../../shared/schemas/order-exception';
import type { Queryable } from '../db/sql-client';

/** Remembered GTIN → product decisions of one store and marketplace, for the given 14-digit GTINs. */
export async function loadMappings(
  db: Queryable,
  storeId: string,
  marketplace: string,
  gtins: readonly string[],
): Promise<Map<string, string>> {
  if (gtins.length === 0) return new Map();
  const rows = await db.query<{ gtin: string; product_id: string }>(
    `SELECT gtin, product_id FROM marketplace_mappings
     WHERE store_id = $1 AND marketplace = $2 AND gtin = ANY($3::text[])`,
    [storeId, marketplace, [...gtins]],
  );
  return new Map(rows.map((row) => [row.gtin, row.product_id]));
}

/** Stores mappings (the latest decision for a store, marketplace and GTIN wins). */
export async function upsertMappings(
  db: Queryable,
  drafts: readonly MarketplaceMappingDraft[],
  now: string,
): Promise<void> {
  for (const draft of drafts) {
    await db.query(
      `INSERT INTO marketplace_mappings (store_id, marketplace, gtin, product_id, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (store_id, marketplace, gtin) DO UPDATE
         SET product_id = EXCLUDED.product_id, created_by = EXCLUDED.created_by, updated_at = EXCLUDED.updated_at`,
      [draft.storeId, draft.marketplace, draft.gtin, draft.productId, draft.createdBy, now],
    );
  }
}
