import type { OrderEffect } from '../../shared/domain/order/effects';
import type { Product } from '../../shared/schemas/product';
import { DomainError } from '../../shared/errors';
import type { WriteScope } from '../db/write-scope';

/** Applies the stock side of order effects to product rows, locked, in the caller's transaction. */
export async function applyStockEffects(
  scope: WriteScope,
  effects: readonly OrderEffect[],
  now: string,
): Promise<void> {
  for (const effect of effects) {
    for (const line of [...effect.lines].sort((a, b) => a.productId.localeCompare(b.productId))) {
      const stored = await scope.getDoc<Product>('products', line.productId);
      if (!stored) throw new DomainError('NOT_FOUND', `Product ${line.productId} not found`);
      const stock = nextStock(stored.data, effect.kind, line.quantity);
      const product: Product = { ...stored.data, stock, version: stored.version + 1, updatedAt: now };
      scope.putDoc('products', product);
      scope.touch('products');
    }
  }
}

function nextStock(product: Product, kind: OrderEffect['kind'], quantity: number): Product['stock'] {
  let { onHand, reserved } = product.stock;
  switch (kind) {
    case 'stock.reserve':
      if (onHand - reserved < quantity) {
        throw new DomainError(
          'BUSINESS_RULE',
          `Not enough stock for ${product.sku}: ${onHand - reserved} available, ${quantity} needed`,
          {
            details: { productId: product.id, available: onHand - reserved, requested: quantity },
          },
        );
      }
      reserved += quantity;
      break;
    case 'stock.release':
      reserved = Math.max(0, reserved - quantity);
      break;
    case 'stock.commit':
      reserved = Math.max(0, reserved - quantity);
      onHand -= quantity;
      break;
    case 'stock.restock':
      onHand += quantity;
      break;
  }
  return { onHand, reserved, available: onHand - reserved };
}
