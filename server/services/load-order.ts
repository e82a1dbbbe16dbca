import type { Order } from '../../shared/schemas/order';
import { DomainError } from '../../shared/errors';
import type { WriteScope } from '../db/write-scope';

/** The store's order as the transaction sees it (its version included), or undefined when absent or deleted. */
export async function findOrder(scope: WriteScope, storeId: string, id: string): Promise<Order | undefined> {
  const stored = await scope.getDoc<Order>('orders', id, { storeId });
  return stored && !stored.deleted ? { ...stored.data, version: stored.version } : undefined;
}

/** The store's order as the transaction sees it, or NOT_FOUND. */
export async function loadOrder(scope: WriteScope, storeId: string, id: string): Promise<Order> {
  const order = await findOrder(scope, storeId, id);
  if (!order) throw new DomainError('NOT_FOUND', `Order ${id} not found`);
  return order;
}
