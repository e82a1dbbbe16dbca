import { DomainError } from '../../errors';
import type { Order, OrderItem, OrderEvent } from '../../schemas/order';
import type { Product } from '../../schemas/product';
import type {
  ExceptionResolution,
  MarketplaceMappingDraft,
  OrderItemException,
  ResolutionKind,
} from '../../schemas/order-exception';
import { computeLineAmounts, computeOrderTotals } from '../order/compute-totals';
import type { OrderEffect } from '../order/effects';
import { reserveEffects } from './import-marketplace-order';

/** What the exception functions need besides their data; a CommandContext fits. */
export interface ExceptionContext {
  /** null for automatic resolution (no user acted). */
  actor: { id: string; name: string } | null;
  deviceId: string | null;
  commandId: string | null;
  now: string;
  newId: () => string;
  /** VAT rate of the chosen product (the VAT decision); defaults to the rate the item already has. */
  vatRateFor?: (product: Product) => number;
}

/** The changed order (version bumped, event appended), the changed exception and what to do next. */
export interface ExceptionCommandResult {
  order: Order;
  exception: OrderItemException;
  effects: OrderEffect[];
  /** A mapping for the server to upsert when the user asked to remember it. */
  mapping: MarketplaceMappingDraft | null;
}

export interface ResolveOptions {
  remember: boolean;
  note?: string | undefined;
  kind?: ResolutionKind;
}

/**
 * Matches an exception's order item to a catalog product: the item takes the product's name, SKU,
 * GTIN and VAT category but keeps the marketplace unit price, because that is what the buyer was
 * charged (the feed always carries a price, so the catalog price is never needed); stock is reserved.
 */
export function resolveException(
  order: Order,
  exception: OrderItemException,
  product: Product,
  options: ResolveOptions,
  ctx: ExceptionContext,
): ExceptionCommandResult {
  const item = findOpenItem(order, exception);
  if (product.storeId !== exception.storeId) {
    throw new DomainError('BAD_INPUT', 'The product belongs to another store', {
      issues: [{ path: 'productId', message: 'Product not in this store' }],
    });
  }
  const vatRate = ctx.vatRateFor?.(product) ?? item.product.vatRate;
  const snapshot = {
    name: product.name,
    gtin: product.gtin ?? exception.gtin,
    sku: product.sku,
    unitPriceNet: item.product.unitPriceNet,
    vatRate,
    vatCategory: product.vatCategory,
  };
  const resolved: OrderItem = {
    ...item,
    productId: product.id,
    product: snapshot,
    ...computeLineAmounts(snapshot.unitPriceNet, item.quantity, vatRate),
  };
  const kind = options.kind ?? 'manual';
  const how = kind === 'automatic' ? ' automatically' : '';
  const message = `Marketplace item "${exception.title}" matched${how} to ${product.sku} ${product.name}`;
  const data = { exceptionId: exception.id, productId: product.id, gtin: exception.gtin, kind };
  const resolution: ExceptionResolution = {
    ...resolutionBase(kind, ctx),
    productId: product.id,
    remembered: options.remember,
    ...(options.note ? { note: options.note } : {}),
  };
  return {
    order: finishOrder(order, replaceItem(order, resolved), ctx, {
      type: 'exception_resolved',
      message,
      data,
    }),
    exception: closeException(exception, 'resolved', resolution, ctx),
    effects: reserveEffects([resolved]),
    mapping: options.remember ? mappingDraft(exception, product, ctx) : null,
  };
}

/** Ignores an exception: the item leaves fulfilment (quantityCancelled = quantity); totals stay, money goes back through a refund. */
export function ignoreException(
  order: Order,
  exception: OrderItemException,
  options: { reason: string },
  ctx: ExceptionContext,
): ExceptionCommandResult {
  const reason = options.reason.trim();
  if (reason === '') {
    throw new DomainError('BAD_INPUT', 'A reason is required to ignore an item', {
      issues: [{ path: 'reason', message: 'A reason is required' }],
    });
  }
  const item = findOpenItem(order, exception);
  const ignored: OrderItem = { ...item, quantityCancelled: item.quantity - item.quantityShipped };
  const message = `Marketplace item "${exception.title}" ignored: ${reason}`;
  const data = { exceptionId: exception.id, gtin: exception.gtin, reason };
  const resolution: ExceptionResolution = { ...resolutionBase('manual', ctx), reason };
  const items = order.items.map((entry) => (entry.id === item.id ? ignored : entry));
  return {
    order: finishOrder(order, { ...order, items }, ctx, { type: 'exception_ignored', message, data }),
    exception: closeException(exception, 'ignored', resolution, ctx),
    effects: [],
    mapping: null,
  };
}

/** The number of items of `order` still waiting for a catalog product (and not cancelled). */
export function countUnresolvedItems(order: Order): number {
  const unmatched = order.items.filter(
    (item) => item.productId === null && item.quantityCancelled < item.quantity,
  );
  return Math.max(order.openExceptionCount, unmatched.length);
}

/** Throws BUSINESS_RULE when the order still has unresolved marketplace items (PRODUCT.md §5). */
export function assertNoOpenExceptions(order: Order, action: 'ship' | 'invoice'): void {
  const open = countUnresolvedItems(order);
  if (open === 0) return;
  const items = open === 1 ? '1 unresolved marketplace item' : `${open} unresolved marketplace items`;
  const verb = action === 'ship' ? 'shipping' : 'invoicing';
  throw new DomainError(
    'BUSINESS_RULE',
    `Order #${order.number} has ${items}; resolve them in the exception queue before ${verb}`,
    { details: { rule: 'open_exceptions', action, openExceptionCount: open, orderId: order.id } },
  );
}

function findOpenItem(order: Order, exception: OrderItemException): OrderItem {
  if (exception.status !== 'open') {
    throw new DomainError('CONFLICT', `This exception is already ${exception.status}`, {
      details: { exceptionId: exception.id, status: exception.status },
    });
  }
  if (exception.orderId !== order.id) {
    throw new DomainError('BAD_INPUT', 'The exception belongs to another order', {
      details: { exceptionId: exception.id, orderId: order.id },
    });
  }
  const item = order.items.find((entry) => entry.id === exception.orderItemId);
  if (!item)
    throw new DomainError('NOT_FOUND', `Order #${order.number} has no item ${exception.orderItemId}`);
  if (item.productId !== null) {
    throw new DomainError('CONFLICT', 'This order item is already matched to a product', {
      details: { orderItemId: item.id, productId: item.productId },
    });
  }
  return item;
}

function replaceItem(order: Order, item: OrderItem): Order {
  const items = order.items.map((entry) => (entry.id === item.id ? item : entry));
  return { ...order, items, totals: computeOrderTotals(items, order.shippingCost) };
}

function finishOrder(
  before: Order,
  after: Order,
  ctx: ExceptionContext,
  event: Pick<OrderEvent, 'type' | 'message' | 'data'>,
): Order {
  const entry: OrderEvent = {
    id: ctx.newId(),
    at: ctx.now,
    userId: ctx.actor?.id ?? null,
    userName: ctx.actor?.name ?? null,
    deviceId: ctx.deviceId,
    commandId: ctx.commandId,
    type: event.type,
    message: event.message,
    ...(event.data ? { data: event.data } : {}),
  };
  return {
    ...after,
    openExceptionCount: Math.max(0, before.openExceptionCount - 1),
    events: [...after.events, entry],
    version: before.version + 1,
    updatedAt: ctx.now,
  };
}

function resolutionBase(kind: ResolutionKind, ctx: ExceptionContext): ExceptionResolution {
  const by = kind === 'automatic' || !ctx.actor ? {} : { by: ctx.actor.id, byName: ctx.actor.name };
  return { kind, at: ctx.now, ...by };
}

function closeException(
  exception: OrderItemException,
  status: 'resolved' | 'ignored',
  resolution: ExceptionResolution,
  ctx: ExceptionContext,
): OrderItemException {
  return { ...exception, status, resolution, version: exception.version + 1, updatedAt: ctx.now };
}

function mappingDraft(
  exception: OrderItemException,
  product: Product,
  ctx: ExceptionContext,
): MarketplaceMappingDraft {
  return {
    storeId: exception.storeId,
    marketplace: exception.marketplace,
    gtin: exception.gtin,
    productId: product.id,
    createdBy: ctx.actor?.id ?? null,
  };
}
