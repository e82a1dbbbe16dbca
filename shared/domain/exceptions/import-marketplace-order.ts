import { DomainError, issuesFromZod } from '../../errors';
import type { Order, OrderItem, ProductSnapshot, OrderStatus, PaymentStatus } from '../../schemas/order';
import type { Product } from '../../schemas/product';
import type { OrderItemException } from '../../schemas/order-exception';
import { validFeedOrderSchema } from './feed-validation';
import type { FeedItem, FeedOrder } from '../../schemas/marketplace-feed';
import { computeLineAmounts } from '../order/compute-totals';
import { categoryOfFeedRate, decideOrderVat, type StoreVatContext } from '../vat/decide-order-vat';
import type { OrderEffect, StockLine } from '../order/effects';
import { normalizeGtinOrThrow } from './gtin';

export interface ImportOrderOptions {
  storeId: string;
  marketplace: string;
  /** The store's catalog product with this 14-digit GTIN. */
  catalogByGtin: (gtin14: string) => Product | undefined;
  /** A remembered mapping for this store and marketplace; wins over the catalog (a human decided). */
  mappings: (gtin14: string) => string | undefined;
  /** Looks up the product a mapping points to; a mapping to a missing product is ignored. */
  productById: (productId: string) => Product | undefined;
  /** The human order number, already allocated. */
  number: string;
  now: string;
  newId: () => string;
  /** The store currency, used when the feed order names none. */
  currency: string;
  /** Position of the order in the feed, for issue paths (`orders.<index>.items.1.gtin`). */
  index?: number;
  /**
   * The store's side of the VAT decision: every imported order runs the decision tree (domestic,
   * reverse charge, OSS or origin distance sale, export) like a checkout; the feed's rate only
   * guesses the category of an item that matched no catalog product.
   */
  vat: StoreVatContext;
  customerId?: string | null;
  /** Marketplaces collect payment themselves, so an imported order is confirmed and paid by default. */
  status?: OrderStatus;
  paymentStatus?: PaymentStatus;
  actor?: { id: string; name: string } | null;
}

export interface ImportedOrder {
  order: Order;
  exceptions: OrderItemException[];
  effects: OrderEffect[];
}

interface BuiltItem {
  item: OrderItem;
  gtin14: string;
  feedItem: FeedItem;
}

/**
 * Builds the order for one marketplace feed order: items whose GTIN matches a mapping or the catalog
 * take the product snapshot and reserve stock; the others keep the marketplace title and price, have
 * no product and open an exception. The marketplace's unit price is kept in both cases (it is what
 * the buyer was charged). Invalid input throws BAD_INPUT with paths under `orders.<index>`.
 */
export function buildImportedOrder(feedOrder: unknown, options: ImportOrderOptions): ImportedOrder {
  const parsed = parseFeedOrder(feedOrder, options.index ?? 0);
  const orderId = options.newId();
  const countries = [options.vat.sellerCountry, parsed.shippingAddress.country];
  const built = parsed.items.map((feedItem, itemIndex) => buildItem(feedItem, itemIndex, options, countries));
  const unmatched = built.filter((entry) => entry.item.productId === null);
  const shippingCost = parsed.shippingCost ?? 0;
  const customer = customerSnapshot(parsed.customer);
  const vat = decideOrderVat(
    {
      customer,
      shippingAddress: parsed.shippingAddress,
      items: built.map((entry) => entry.item),
      shippingCost,
    },
    options.vat,
  );
  const items = vat.items;
  const order: Order = {
    id: orderId,
    storeId: options.storeId,
    number: options.number,
    channel: 'marketplace',
    marketplace: options.marketplace,
    externalId: parsed.externalId,
    customerId: options.customerId ?? null,
    customer,
    billingAddress: parsed.billingAddress,
    shippingAddress: parsed.shippingAddress,
    currency: parsed.currency ?? options.currency,
    items,
    shippingMethodId: null,
    shippingCost,
    totals: vat.totals,
    vatTreatment: vat.vatTreatment,
    status: options.status ?? 'confirmed',
    statusBeforeHold: null,
    paymentStatus: options.paymentStatus ?? 'paid',
    fulfillmentStatus: 'unfulfilled',
    tags: [],
    notes: '',
    shipments: [],
    openExceptionCount: unmatched.length,
    cancelReason: null,
    events: [],
    version: 0,
    createdAt: parsed.createdAt ? new Date(parsed.createdAt).toISOString() : options.now,
    updatedAt: options.now,
  };
  order.events.push(importEvent(order, unmatched.length, options));
  const exceptions = unmatched.map((entry) => buildException(order, entry, options));
  return { order, exceptions, effects: reserveEffects(items) };
}

/** The buyer as recorded on the order; a buyer with a VAT number and no type is taken as B2B. */
function customerSnapshot(customer: FeedOrder['customer']): Order['customer'] {
  return {
    name: customer.name,
    email: customer.email,
    type: customer.type ?? (customer.vatNumber ? 'b2b' : 'b2c'),
    ...(customer.vatNumber ? { vatNumber: customer.vatNumber } : {}),
  };
}

/** Validates one feed order, prefixing issue paths with `orders.<index>`. */
export function parseFeedOrder(feedOrder: unknown, index: number): FeedOrder {
  const result = validFeedOrderSchema.safeParse(feedOrder);
  if (result.success) return result.data;
  const issues = issuesFromZod(result.error.issues).map((issue) => ({
    path: issue.path === '' ? `orders.${index}` : `orders.${index}.${issue.path}`,
    message: issue.message,
  }));
  const externalId = readExternalId(feedOrder);
  const name = externalId === undefined ? `at position ${index}` : `"${externalId}"`;
  throw new DomainError('BAD_INPUT', `Marketplace order ${name} is invalid; nothing of it was imported`, {
    issues,
  });
}

function readExternalId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('externalId' in value)) return undefined;
  return typeof value.externalId === 'string' ? value.externalId : undefined;
}

function matchProduct(gtin14: string, options: ImportOrderOptions): Product | undefined {
  const mappedId = options.mappings(gtin14);
  const mapped = mappedId === undefined ? undefined : options.productById(mappedId);
  return mapped ?? options.catalogByGtin(gtin14);
}

function buildItem(
  feedItem: FeedItem,
  itemIndex: number,
  options: ImportOrderOptions,
  countries: readonly string[],
): BuiltItem {
  const gtin14 = normalizeGtinOrThrow(feedItem.gtin, `orders.${options.index ?? 0}.items.${itemIndex}.gtin`);
  const product = matchProduct(gtin14, options);
  const snapshot: ProductSnapshot = product
    ? {
        name: product.name,
        gtin: product.gtin ?? gtin14,
        sku: product.sku,
        unitPriceNet: feedItem.unitPrice,
        vatRate: 0, // set by the VAT decision
        vatCategory: product.vatCategory,
      }
    : marketplaceSnapshot(feedItem, gtin14, countries);
  const item: OrderItem = {
    id: options.newId(),
    productId: product?.id ?? null,
    product: snapshot,
    quantity: feedItem.quantity,
    quantityShipped: 0,
    quantityCancelled: 0,
    quantityRefunded: 0,
    ...computeLineAmounts(snapshot.unitPriceNet, feedItem.quantity, snapshot.vatRate),
  };
  return { item, gtin14, feedItem };
}

/** The snapshot of an unmatched item: what the marketplace said, VAT category guessed from its rate. */
function marketplaceSnapshot(
  feedItem: FeedItem,
  gtin14: string,
  countries: readonly string[],
): ProductSnapshot {
  return {
    name: feedItem.title,
    gtin: gtin14,
    unitPriceNet: feedItem.unitPrice,
    vatRate: 0, // set by the VAT decision
    vatCategory: categoryOfFeedRate(feedItem.vatRate, countries),
  };
}

function buildException(order: Order, entry: BuiltItem, options: ImportOrderOptions): OrderItemException {
  return {
    id: options.newId(),
    storeId: order.storeId,
    orderId: order.id,
    orderItemId: entry.item.id,
    orderNumber: order.number,
    marketplace: options.marketplace,
    externalOrderId: order.externalId,
    gtin: entry.gtin14,
    title: entry.feedItem.title,
    unitPrice: entry.feedItem.unitPrice,
    currency: order.currency,
    quantity: entry.feedItem.quantity,
    status: 'open',
    resolution: null,
    version: 0,
    createdAt: options.now,
    updatedAt: options.now,
  };
}

/** One reservation line per product (the same product on two lines reserves the sum). */
export function reserveEffects(items: readonly OrderItem[]): OrderEffect[] {
  const byProduct = new Map<string, number>();
  for (const item of items) {
    const open = item.quantity - item.quantityShipped - item.quantityCancelled;
    if (item.productId === null || open <= 0) continue;
    byProduct.set(item.productId, (byProduct.get(item.productId) ?? 0) + open);
  }
  const lines: StockLine[] = [...byProduct].map(([productId, quantity]) => ({ productId, quantity }));
  return lines.length > 0 ? [{ kind: 'stock.reserve', lines }] : [];
}

function importEvent(order: Order, unmatched: number, options: ImportOrderOptions): Order['events'][number] {
  const suffix = unmatched > 0 ? `; ${unmatched} item${unmatched === 1 ? '' : 's'} not in the catalog` : '';
  return {
    id: options.newId(),
    at: options.now,
    userId: options.actor?.id ?? null,
    userName: options.actor?.name ?? null,
    deviceId: null,
    commandId: null,
    type: 'imported',
    message: `Imported from ${options.marketplace} (order ${order.externalId ?? ''})${suffix}`,
    data: { marketplace: options.marketplace, externalId: order.externalId, unmatchedItems: unmatched },
  };
}
