import type { Order, OrderItem } from '../../../schemas/order';
import { DomainError } from '../../../errors';
import { catalogLineAmounts } from '../../checkout/catalog-line-amounts';
import { decideVat } from '../../vat/decide-vat';
import { computeLineAmounts, computeOrderTotals } from '../compute-totals';
import type { CommandContext } from '../define-order-command';
import { defineOrderCommand } from '../define-order-command';
import type { OrderEffect, StockLine } from '../effects';
import { assertStockAvailable, productFrom, sumByProduct } from './catalog-lookup';
import { derivedId } from './derived-id';
import { assertItemsEditable } from './item-edit-lock';
import { editOrderItemsPayloadSchema, type EditOrderItemsPayload } from './manual-order-schemas';

/** A new line for a catalog product, priced like checkout for the order's buyer and destination. */
function newItem(
  order: Order,
  payload: EditOrderItemsPayload,
  productId: string,
  quantity: number,
  index: number,
  id: string,
): OrderItem {
  const { seller, products } = payload.context;
  const product = productFrom(products, productId, `items.${index}.productId`);
  const decision = decideVat({
    sellerCountry: seller.country,
    buyerCountry: order.shippingAddress.country,
    buyerType: order.customer.type,
    buyerVatNumber: order.customer.vatNumber,
    ossRegistered: seller.ossRegistered,
    distanceSalesThresholdExceeded: seller.distanceSalesThresholdExceeded,
    category: product.vatCategory,
  });
  const { unitPriceNet, ...amounts } = catalogLineAmounts({
    product,
    quantity,
    decision,
    sellerCountry: seller.country,
    pricesIncludeVat: seller.pricesIncludeVat,
  });
  return {
    id,
    productId: product.id,
    product: {
      name: product.name,
      ...(product.gtin ? { gtin: product.gtin } : {}),
      sku: product.sku,
      unitPriceNet,
      vatRate: decision.rate,
      vatCategory: product.vatCategory,
    },
    quantity,
    quantityShipped: 0,
    quantityCancelled: 0,
    quantityRefunded: 0,
    ...amounts,
  };
}

/** Stock to reserve and release for the change from `before` to `after` (per product, net of each other). */
export function itemStockEffects(before: readonly OrderItem[], after: readonly OrderItem[]): OrderEffect[] {
  const held = (items: readonly OrderItem[]): StockLine[] =>
    items.flatMap((item) => (item.productId ? [{ productId: item.productId, quantity: item.quantity }] : []));
  const delta = new Map<string, number>();
  for (const line of sumByProduct(held(after))) delta.set(line.productId, line.quantity);
  for (const line of sumByProduct(held(before)))
    delta.set(line.productId, (delta.get(line.productId) ?? 0) - line.quantity);
  const reserve: StockLine[] = [];
  const release: StockLine[] = [];
  for (const [productId, change] of delta) {
    if (change > 0) reserve.push({ productId, quantity: change });
    if (change < 0) release.push({ productId, quantity: -change });
  }
  const effects: OrderEffect[] = [];
  if (release.length > 0) effects.push({ kind: 'stock.release', lines: release });
  if (reserve.length > 0) effects.push({ kind: 'stock.reserve', lines: reserve });
  return effects;
}

/**
 * The order with its item list replaced by `payload.items`: kept items at their agreed unit price
 * with the new quantity, new products at today's catalog price, removed ones gone; totals per rate
 * again with the agreed shipping cost. Refused once anything shipped, was invoiced or refunded.
 */
export function editOrderItems(
  order: Order,
  payload: EditOrderItemsPayload,
  ctx: Pick<CommandContext, 'commandId'>,
): { order: Order; effects: OrderEffect[] } {
  assertItemsEditable(order, payload.context.invoiced);
  const kept = new Set<string>();
  const items = payload.items.map((line, index): OrderItem => {
    if ('productId' in line)
      return newItem(order, payload, line.productId, line.quantity, index, derivedId(ctx.commandId, index));
    const item = order.items.find((candidate) => candidate.id === line.itemId);
    if (!item || kept.has(item.id))
      throw new DomainError('BAD_INPUT', 'Unknown order item', {
        issues: [{ path: `items.${index}.itemId`, message: 'Unknown order item' }],
      });
    kept.add(item.id);
    return {
      ...item,
      quantity: line.quantity,
      ...computeLineAmounts(item.product.unitPriceNet, line.quantity, item.product.vatRate),
    };
  });
  const unmatched = order.items.find((item) => item.productId === null && !kept.has(item.id));
  if (unmatched)
    throw new DomainError('BUSINESS_RULE', 'An unmatched marketplace item can only be resolved or ignored', {
      details: { reason: 'unmatched_item', orderItemId: unmatched.id },
    });
  const effects = order.draft ? [] : itemStockEffects(order.items, items);
  const reserve = effects.find((effect) => effect.kind === 'stock.reserve');
  if (reserve) assertStockAvailable(payload.context.products, reserve.lines);
  return {
    order: { ...order, items, totals: computeOrderTotals(items, order.shippingCost) },
    effects,
  };
}

/** Item names in an edit: added, removed and changed quantities (for the timeline's data). */
function changesOf(before: readonly OrderItem[], after: readonly OrderItem[]): Record<string, unknown> {
  const ids = new Set(after.map((item) => item.id));
  return {
    added: after.filter((item) => !before.some((old) => old.id === item.id)).map((item) => item.product.name),
    removed: before.filter((item) => !ids.has(item.id)).map((item) => item.product.name),
    changed: after
      .filter((item) => before.some((old) => old.id === item.id && old.quantity !== item.quantity))
      .map((item) => item.product.name),
  };
}

/** Adds, removes or re-counts the items of an unshipped, uninvoiced order (stock and totals follow). */
export const editOrderItemsCommand = defineOrderCommand({
  type: 'order.edit_items',
  permission: 'orders.edit',
  payload: editOrderItemsPayloadSchema,
  apply(order, payload, ctx) {
    const result = editOrderItems(order, payload, ctx);
    const data = changesOf(order.items, result.order.items);
    return {
      order: { ...result.order, updatedAt: ctx.now },
      effects: result.effects,
      event: { type: 'items_edited', message: 'Items edited', data },
    };
  },
});
