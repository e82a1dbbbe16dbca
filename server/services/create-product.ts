import { z } from 'zod';
import type { Order } from '../../shared/schemas/order';
import { vatCategorySchema } from '../../shared/schemas/common';
import type { OrderItemException } from '../../shared/schemas/order-exception';
import type { Product } from '../../shared/schemas/product';
import type { StaffUser } from '../../shared/schemas/user';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { autoResolveForProduct } from '../../shared/domain/exceptions/bulk-resolve-exceptions';
import { normalizeGtinOrThrow } from '../../shared/domain/exceptions/gtin';
import { docText, liveDocs } from '../db/doc-queries';
import { runFirst } from '../db/kysely';
import { withWriteTransaction, type WriteScope } from '../db/write-scope';
import type { AppContext } from './app-context';
import { loadOpenExceptionsByGtin } from './exceptions-query';
import { applyStockEffects } from './stock-effects';

export const createProductInputSchema = z.object({
  gtin: z.string().trim().min(1).max(32).optional(),
  sku: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(300),
  priceNet: z.number().int().nonnegative(),
  vatCategory: vatCategorySchema,
  weightGrams: z.number().int().nonnegative().default(0),
  /** Bin or shelf location (pick lists are sorted by it). */
  location: z.string().trim().min(1).max(40).optional(),
  /** Units on hand. */
  stock: z.number().int().nonnegative().default(0),
});
export type CreateProductInput = z.infer<typeof createProductInputSchema>;

export interface CreateProductResult {
  product: Product;
  /** Open exceptions with the product's GTIN that were resolved automatically. */
  autoResolved: OrderItemException[];
}

/**
 * Adds a catalog product; in the same transaction, open exceptions with its GTIN resolve
 * automatically (oldest first, as far as its stock reaches; the rest stay open).
 */
export async function createProduct(
  app: AppContext,
  user: StaffUser,
  input: CreateProductInput,
): Promise<CreateProductResult> {
  const gtin = input.gtin === undefined ? undefined : normalizeGtinOrThrow(input.gtin, 'gtin');
  const now = app.now().toISOString();
  return withWriteTransaction(app.db, app.feed, user.storeId, async (scope) => {
    await assertUnique(scope, user.storeId, input.sku, gtin);
    const product: Product = {
      id: newId(),
      storeId: user.storeId,
      ...(gtin === undefined ? {} : { gtin }),
      sku: input.sku,
      name: input.name,
      priceNet: input.priceNet,
      vatCategory: input.vatCategory,
      weightGrams: input.weightGrams,
      ...(input.location === undefined ? {} : { location: input.location }),
      stock: { onHand: input.stock, reserved: 0, available: input.stock },
      version: 1,
      updatedAt: now,
    };
    scope.putDoc('products', product);
    scope.touch('products');
    const autoResolved = gtin === undefined ? [] : await autoResolve(scope, product, now);
    const stored = await scope.getDoc<Product>('products', product.id);
    return { product: stored ? { ...stored.data, version: stored.version } : product, autoResolved };
  });
}

async function assertUnique(
  scope: WriteScope,
  storeId: string,
  sku: string,
  gtin: string | undefined,
): Promise<void> {
  const clash = await runFirst(
    scope.tx,
    liveDocs('products', storeId)
      .select([docText('sku').as('sku'), docText('gtin').as('gtin')])
      .where((eb) => eb.or([eb(docText('sku'), '=', sku), eb(docText('gtin'), '=', gtin ?? null)]))
      .limit(1),
  );
  if (!clash) return;
  const field = clash.sku === sku ? 'sku' : 'gtin';
  throw new DomainError('CONFLICT', `A product with this ${field.toUpperCase()} already exists`, {
    issues: [{ path: field, message: 'Already used by another product' }],
  });
}

async function autoResolve(scope: WriteScope, product: Product, now: string): Promise<OrderItemException[]> {
  if (!product.gtin) return [];
  const open = await loadOpenExceptionsByGtin(scope.tx, product.storeId, product.gtin, { forUpdate: true });
  const orders = new Map<string, Order>();
  for (const orderId of [...new Set(open.map((e) => e.orderId))].sort()) {
    const stored = await scope.getDoc<Order>('orders', orderId, { storeId: product.storeId });
    if (stored && !stored.deleted && stored.data.status !== 'cancelled')
      orders.set(orderId, { ...stored.data, version: stored.version });
  }
  let available = product.stock.available;
  const fitting = [...open]
    .filter((e) => orders.has(e.orderId))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .filter((e) => {
      if (e.quantity > available) return false;
      available -= e.quantity;
      return true;
    });
  const result = autoResolveForProduct(product, fitting, (id) => orders.get(id), {
    deviceId: null,
    commandId: null,
    now,
    newId,
  });
  await applyStockEffects(scope, result.effects, now);
  for (const order of result.orders) scope.putDoc('orders', order);
  for (const exception of result.exceptions) scope.putDoc('order_exceptions', exception);
  if (result.orders.length > 0) scope.touch('orders');
  if (result.exceptions.length > 0) scope.touch('order_exceptions');
  return result.exceptions;
}
