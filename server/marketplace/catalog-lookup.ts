import type { Product } from '../../shared/schemas/product';
import { sql } from 'kysely';
import { docText, liveDocs } from '../db/doc-queries';
import { run } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import { getDoc } from '../db/doc-store';

interface ProductRow {
  data: unknown;
  version: number;
}

function toProduct(row: ProductRow): Product {
  const data = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Product;
  return { ...data, version: row.version };
}

/** The store's live catalog products carrying one of the 14-digit GTINs, by GTIN. */
export async function productsByGtin(
  db: Queryable,
  storeId: string,
  gtins: readonly string[],
): Promise<Map<string, Product>> {
  if (gtins.length === 0) return new Map();
  const rows = await run(
    db,
    liveDocs('products', storeId)
      .select(['data', 'version'])
      .where(sql<boolean>`${docText('gtin')} = ANY(${[...gtins]}::text[])`)
      .orderBy('id'),
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
