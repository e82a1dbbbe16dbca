import type { Product } from '../../shared/schemas/product';
import type { Queryable } from '../db/sql-client';
import { getDoc } from '../db/doc-store';

interface ProductRow {
  data: Product | string;
  version: number;
}

function toProduct(row: ProductRow): Product {
  const data = typeof row.data === 'string' ? (JSON.parse(row.data) as Product) : row.data;
  return { ...data, version: row.version };
}

/** The store's live catalog products carrying one of the 14-digit GTINs, by GTIN. */
export async function productsByGtin(
  db: Queryable,
  storeId: string,
  gtins: readonly string[],
): Promise<Map<string, Product>> {
  if (gtins.length === 0) return new Map();
  const rows = await db.query<ProductRow>(
    `SELECT data, version FROM docs
     WHERE collection = 'products' AND store_id = $1 AND NOT deleted AND data->>'gtin' = ANY($2::text[])
     ORDER BY id`,
    [storeId, [...gtins]],
  );
  const found = new Map<string, Product>();
  for (const product of rows.map(toProduct))
    if (product.gtin && !found.has(product.gtin)) found.set(product.gtin, product);
  return found;
}

/** The store's products with these ids (missing or deleted ones are left out). */
export async function productsById(
  db: Queryable,
  storeId: string,
  ids: readonly string[],
): Promise<Map<string, Product>> {
  const found = new Map<string, Product>();
  for (const id of new Set(ids)) {
    const stored = await getDoc<Product>(db, 'products', id, { storeId });
    if (stored && !stored.deleted) found.set(id, { ...stored.data, version: stored.version });
  }
  return found;
}
