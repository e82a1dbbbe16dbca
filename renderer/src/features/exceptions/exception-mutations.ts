import type { DomainErrorBody } from '../../../../shared/errors';
import {
  bulkResolveExceptionsInputSchema,
  ignoreExceptionInputSchema,
  resolveExceptionInputSchema,
  type OrderItemException,
} from '../../../../shared/schemas/order-exception';
import type { Product } from '../../../../shared/schemas/product';
import { displayGtin } from '../../../../shared/domain/exceptions/gtin';
import { dispatchCommand } from '../../data/dispatch-command';
import type { DataContextValue } from '../../data/data-context';

type Outcome = { ok: true } | { ok: false; error: DomainErrorBody };

/** Queues `exception.resolve` (works offline; the server decides). */
export async function resolveOne(
  data: DataContextValue,
  exception: OrderItemException,
  product: Product,
  remember: boolean,
): Promise<Outcome> {
  return dispatchCommand(
    data,
    {
      type: 'exception.resolve',
      targetId: exception.id,
      expectedVersion: exception.version,
      payload: { productId: product.id, remember },
      summary: `Match "${exception.title}" (order #${exception.orderNumber}) to ${product.sku}`,
    },
    resolveExceptionInputSchema,
  );
}

/** Queues `exception.bulk_resolve` for every open exception with the GTIN of `exception`. */
export async function resolveAllWithGtin(
  data: DataContextValue,
  exception: OrderItemException,
  product: Product,
  remember: boolean,
  count: number,
): Promise<Outcome> {
  return dispatchCommand(
    data,
    {
      type: 'exception.bulk_resolve',
      targetId: exception.id,
      expectedVersion: exception.version,
      payload: { gtin: exception.gtin, productId: product.id, remember },
      summary: `Match all ${count} items with GTIN ${displayGtin(exception.gtin)} to ${product.sku}`,
    },
    bulkResolveExceptionsInputSchema,
  );
}

/** Queues `exception.ignore` with the user's reason. */
export async function ignoreOne(
  data: DataContextValue,
  exception: OrderItemException,
  reason: string,
): Promise<Outcome> {
  return dispatchCommand(
    data,
    {
      type: 'exception.ignore',
      targetId: exception.id,
      expectedVersion: exception.version,
      payload: { reason },
      summary: `Ignore "${exception.title}" (order #${exception.orderNumber})`,
    },
    ignoreExceptionInputSchema,
  );
}
