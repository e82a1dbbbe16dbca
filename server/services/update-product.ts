import type { Product } from '../../shared/schemas/product';
import type { StockAdjustmentInput, UpdateProductInput } from '../../shared/schemas/product-admin';
import type { StaffUser } from '../../shared/schemas/user';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { withWriteTransaction, type WriteScope } from '../db/write-scope';
import { sql } from 'kysely';
import { docText, liveDocs } from '../db/doc-queries';
import { qb, run, runFirst } from '../db/kysely';
import type { AppContext } from './app-context';

async function assertSkuFree(scope: WriteScope, product: Product, sku: string): Promise<void> {
  if (sku === product.sku) return;
  const clash = await runFirst(
    scope.tx,
    liveDocs('products', product.storeId)
      .select(sql.lit(1).as('clash'))
      .where(docText('sku'), '=', sku)
      .where('id', '<>', product.id)
      .limit(1),
  );
  if (clash) {
    throw new DomainError('CONFLICT', 'A product with this SKU already exists', {
      issues: [{ path: 'sku', message: 'Already used by another product' }],
    });
  }
}

/** Applies a stock correction to the product's stock and records it (who, when, why, before and after). */
async function adjustStock(
  scope: WriteScope,
  product: Product,
  adjustment: StockAdjustmentInput,
  user: StaffUser,
  now: string,
): Promise<Product['stock']> {
  const before = product.stock.onHand;
  const after = adjustment.onHand ?? before + (adjustment.delta ?? 0);
  if (after < 0) {
    throw new DomainError('BUSINESS_RULE', `On hand would fall below 0 (it is ${before})`, {
      issues: [{ path: 'stockAdjustment.delta', message: `At least ${-before}` }],
    });
  }
  await run(
    scope.tx,
    qb.insertInto('stock_adjustments').values({
      id: newId(),
      store_id: product.storeId,
      product_id: product.id,
      delta: after - before,
      on_hand_before: before,
      on_hand_after: after,
      reason: adjustment.reason,
      user_id: user.id,
      at: now,
    }),
  );
  // a count below what is reserved shows as negative availability: the warehouse is told, not overruled
  return { onHand: after, reserved: product.stock.reserved, available: after - product.stock.reserved };
}

/**
 * Changes a catalog product (`PATCH /api/v1/admin/products/{id}`): name, SKU, net price, VAT
 * category, weight and, with a reason, its stock. Orders keep their snapshots; devices get the new
 * version by sync.
 */
export async function updateProduct(
  app: AppContext,
  user: StaffUser,
  productId: string,
  input: UpdateProductInput,
): Promise<Product> {
  const now = app.now().toISOString();
  return withWriteTransaction(app.db, app.feed, user.storeId, async (scope) => {
    const stored = await scope.getDoc<Product>('products', productId, { storeId: user.storeId });
    if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Product ${productId} not found`);
    const product: Product = { ...stored.data, version: stored.version };
    if (input.expectedVersion !== undefined && input.expectedVersion !== product.version) {
      throw new DomainError('VERSION_CONFLICT', 'The product changed meanwhile; reload it', {
        details: { currentVersion: product.version },
      });
    }
    if (input.sku !== undefined) await assertSkuFree(scope, product, input.sku);
    const stock = input.stockAdjustment
      ? await adjustStock(scope, product, input.stockAdjustment, user, now)
      : product.stock;
    const next: Product = {
      ...product,
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.sku === undefined ? {} : { sku: input.sku }),
      ...(input.priceNet === undefined ? {} : { priceNet: input.priceNet }),
      ...(input.vatCategory === undefined ? {} : { vatCategory: input.vatCategory }),
      ...(input.weightGrams === undefined ? {} : { weightGrams: input.weightGrams }),
      stock,
      version: product.version + 1,
      updatedAt: now,
    };
    scope.putDoc('products', next);
    return next;
  });
}
