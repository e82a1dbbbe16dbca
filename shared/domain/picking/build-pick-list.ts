import type { Order } from '../../schemas/order';
import { remainingToShip } from '../order/fulfillment';

/** One line of a pick list: a SKU with the units to pick over all orders of the batch. */
export interface PickListLine {
  sku: string;
  name: string;
  gtin: string | null;
  /** Bin or shelf location, null when the catalog does not know it (picked last). */
  location: string | null;
  quantity: number;
  /** Order numbers that need this SKU, in batch order. */
  orderNumbers: string[];
}

export interface PickList {
  lines: PickListLine[];
  orderNumbers: string[];
  totalUnits: number;
}

/** What the pick list needs to know of a catalog product. */
export interface PickProduct {
  id: string;
  location?: string | undefined;
}

const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Walk order: by location (A-2 before A-10), lines without a location last, then by SKU. */
function compareForWalk(a: PickListLine, b: PickListLine): number {
  if (a.location !== b.location) {
    if (a.location === null) return 1;
    if (b.location === null) return -1;
    const byLocation = naturalOrder.compare(a.location, b.location);
    if (byLocation !== 0) return byLocation;
  }
  return naturalOrder.compare(a.sku, b.sku);
}

/** The key a line is summed under: the SKU, or the product name for items without one. */
function lineKey(item: Order['items'][number]): string {
  return item.product.sku ?? `name:${item.product.name}`;
}

/**
 * Sums the units still to ship of a batch of orders per SKU (shipped and cancelled units excluded)
 * and sorts the lines for one walk through the shelves.
 */
export function buildPickList(
  orders: readonly Pick<Order, 'number' | 'items'>[],
  products: readonly PickProduct[],
): PickList {
  const locationOf = new Map(products.map((product) => [product.id, product.location ?? null]));
  const lines = new Map<string, PickListLine>();
  for (const order of orders) {
    for (const item of order.items) {
      const quantity = remainingToShip(item);
      if (quantity <= 0) continue;
      const key = lineKey(item);
      const line = lines.get(key) ?? {
        sku: item.product.sku ?? '',
        name: item.product.name,
        gtin: item.product.gtin ?? null,
        location: item.productId === null ? null : (locationOf.get(item.productId) ?? null),
        quantity: 0,
        orderNumbers: [],
      };
      line.quantity += quantity;
      if (!line.orderNumbers.includes(order.number)) line.orderNumbers.push(order.number);
      lines.set(key, line);
    }
  }
  const sorted = [...lines.values()].sort(compareForWalk);
  return {
    lines: sorted,
    orderNumbers: orders.map((order) => order.number),
    totalUnits: sorted.reduce((sum, line) => sum + line.quantity, 0),
  };
}
