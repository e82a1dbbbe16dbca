import type { Product } from '../../../schemas/product';
import { DomainError } from '../../../errors';
import type { StockLine } from '../effects';

/** The product `productId` from the command's context, or NOT_FOUND on the payload path `path`. */
export function productFrom(products: readonly Product[], productId: string, path: string): Product {
  const product = products.find((candidate) => candidate.id === productId);
  if (!product)
    throw new DomainError('NOT_FOUND', `Product ${productId} not found`, {
      issues: [{ path, message: 'Unknown product' }],
    });
  return product;
}

/** Sums quantities per product (a product may appear on several lines). */
export function sumByProduct(lines: readonly StockLine[]): StockLine[] {
  const sums = new Map<string, number>();
  for (const line of lines) sums.set(line.productId, (sums.get(line.productId) ?? 0) + line.quantity);
  return [...sums.entries()].map(([productId, quantity]) => ({ productId, quantity }));
}

/**
 * Refuses (BUSINESS_RULE, details.reason `not_enough_stock`) a reservation beyond what the context's
 * stock says is available; the server's stock step checks the same again under its lock.
 */
export function assertStockAvailable(products: readonly Product[], reserve: readonly StockLine[]): void {
  for (const line of reserve) {
    const product = products.find((candidate) => candidate.id === line.productId);
    if (!product || product.stock.available >= line.quantity) continue;
    throw new DomainError(
      'BUSINESS_RULE',
      `Not enough stock for ${product.sku}: ${product.stock.available} available, ${line.quantity} needed`,
      {
        details: {
          reason: 'not_enough_stock',
          productId: product.id,
          product: product.name,
          available: product.stock.available,
          requested: line.quantity,
        },
      },
    );
  }
}
