import type { MarketplaceMappingDraft } from '../../shared/schemas/order-exception';
import { qb, run } from '../db/kysely';
import type { Queryable } from '../db/sql-client';

/** Remembered GTIN → product decisions of one store and marketplace, for the given 14-digit GTINs. */
export async function loadMappings(
  db: Queryable,
  storeId: string,
  marketplace: string,
  gtins: readonly string[],
): Promise<Map<string, string>> {
  if (gtins.length === 0) return new Map();
  const rows = await run(
    db,
    qb
      .selectFrom('marketplace_mappings')
      .select(['gtin', 'product_id'])
      .where('store_id', '=', storeId)
      .where('marketplace', '=', marketplace)
      .where('gtin', 'in', [...gtins]),
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
    await run(
      db,
      qb
        .insertInto('marketplace_mappings')
        .values({
          store_id: draft.storeId,
          marketplace: draft.marketplace,
          gtin: draft.gtin,
          product_id: draft.productId,
          created_by: draft.createdBy,
          created_at: now,
          updated_at: now,
        })
        .onConflict((conflict) =>
          conflict.columns(['store_id', 'marketplace', 'gtin']).doUpdateSet((eb) => ({
            product_id: eb.ref('excluded.product_id'),
            created_by: eb.ref('excluded.created_by'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        ),
    );
  }
}
