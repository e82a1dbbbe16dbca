import { isDomainError } from '../../errors';
import type { ErrorCode } from '../../errors';
import type { Order } from '../../schemas/order';
import type { Product } from '../../schemas/product';
import type {
  MarketplaceMappingDraft,
  OrderItemException,
  ResolutionKind,
} from '../../schemas/order-exception';
import type { OrderEffect } from '../order/effects';
import { resolveException } from './exception-commands';
import type { ExceptionContext, ResolveOptions } from './exception-commands';
import { normalizeGtinOrThrow } from './gtin';

export interface BulkResolveFailure {
  exceptionId: string;
  orderId: string;
  code: ErrorCode;
  message: string;
}

/** Every changed order (once, in its final state), every changed exception, and per-item failures. */
export interface BulkResolveResult {
  orders: Order[];
  exceptions: OrderItemException[];
  effects: OrderEffect[];
  /** One mapping per marketplace involved, when the user asked to remember the choice. */
  mappings: MarketplaceMappingDraft[];
  failed: BulkResolveFailure[];
}

/** Looks an order up by id (the caller's loaded set or store). */
export type OrderLookup = (orderId: string) => Order | undefined;

/**
 * Resolves all open exceptions with `gtin` (any GTIN spelling) to `product` at once (kind `bulk`);
 * one failing exception does not stop the others. Throws BAD_INPUT only for an invalid GTIN.
 */
export function bulkResolveByGtin(
  exceptions: readonly OrderItemException[],
  orderById: OrderLookup,
  gtin: string,
  product: Product,
  options: { remember: boolean; note?: string | undefined },
  ctx: ExceptionContext,
): BulkResolveResult {
  const gtin14 = normalizeGtinOrThrow(gtin, 'gtin');
  const result = resolveMany(exceptions, orderById, gtin14, product, { kind: 'bulk', ...options }, ctx);
  if (!options.remember) return { ...result, mappings: [] };
  const marketplaces = [...new Set(result.exceptions.map((entry) => entry.marketplace))];
  const createdBy = ctx.actor?.id ?? null;
  const mappings = marketplaces.map((marketplace) => ({
    storeId: product.storeId,
    marketplace,
    gtin: gtin14,
    productId: product.id,
    createdBy,
  }));
  return { ...result, mappings };
}

/**
 * When a product with a GTIN appears in (or gets a GTIN in) the catalog, resolves the open exceptions
 * with that GTIN automatically; recorded as kind `automatic` with no user.
 */
export function autoResolveForProduct(
  product: Product,
  openExceptions: readonly OrderItemException[],
  orderById: OrderLookup,
  ctx: Omit<ExceptionContext, 'actor'>,
): BulkResolveResult {
  if (!product.gtin) return { orders: [], exceptions: [], effects: [], mappings: [], failed: [] };
  const options = {
    kind: 'automatic',
    remember: false,
    note: 'A catalog product with this GTIN was added',
  } as const;
  const result = resolveMany(openExceptions, orderById, product.gtin, product, options, {
    ...ctx,
    actor: null,
  });
  return { ...result, mappings: [] };
}

function resolveMany(
  exceptions: readonly OrderItemException[],
  orderById: OrderLookup,
  gtin14: string,
  product: Product,
  options: ResolveOptions & { kind: ResolutionKind },
  ctx: ExceptionContext,
): Omit<BulkResolveResult, 'mappings'> {
  const targets = exceptions
    .filter((entry) => entry.status === 'open' && entry.gtin === gtin14 && entry.storeId === product.storeId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const working = new Map<string, Order>();
  const resolved: OrderItemException[] = [];
  const effects: OrderEffect[] = [];
  const failed: BulkResolveFailure[] = [];
  for (const exception of targets) {
    const order = working.get(exception.orderId) ?? orderById(exception.orderId);
    if (!order) {
      failed.push({
        exceptionId: exception.id,
        orderId: exception.orderId,
        code: 'NOT_FOUND',
        message: 'Order not found',
      });
      continue;
    }
    try {
      const result = resolveException(order, exception, product, options, ctx);
      working.set(order.id, result.order);
      resolved.push(result.exception);
      effects.push(...result.effects);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      failed.push({
        exceptionId: exception.id,
        orderId: exception.orderId,
        code: error.code,
        message: error.message,
      });
    }
  }
  return { orders: [...working.values()], exceptions: resolved, effects, failed };
}
