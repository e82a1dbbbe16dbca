import type { Order } from '../../schemas/order';
import type { OrderFilters } from '../../schemas/order-filters';
import { defaultStoreTimeZone } from '../../dates/store-date';
import { orderDateBounds } from './order-date-range';

/** An order with the keys the list filters and sorts by, computed once per order version. */
export interface OrderSearchEntry {
  order: Order;
  /** Number, customer name and e-mail, lower-cased, newline-separated. */
  text: string;
  /** GTINs of the items as 14 digits. */
  gtins: readonly string[];
  /** Tracking numbers, lower-cased. */
  tracking: readonly string[];
  createdMs: number;
}

export const orderSortKeys = [
  'createdAt',
  'number',
  'customer',
  'status',
  'paymentStatus',
  'fulfillmentStatus',
  'total',
  'country',
] as const;
export type OrderSortKey = (typeof orderSortKeys)[number];
export interface OrderSort {
  key: OrderSortKey;
  direction: 'asc' | 'desc';
}

/** A GTIN as 14 digits (so GTIN-8/12/13 forms compare equal), or null when not a GTIN-like code. */
export function gtin14(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  return /^\d{8,14}$/.test(digits) ? digits.padStart(14, '0') : null;
}

/** Precomputes the searchable keys of an order. */
export function buildSearchEntry(order: Order): OrderSearchEntry {
  const gtins: string[] = [];
  for (const item of order.items) {
    const code = item.product.gtin ? gtin14(item.product.gtin) : null;
    if (code) gtins.push(code);
  }
  return {
    order,
    text: `${order.number}\n${order.customer.name}\n${order.customer.email}`.toLowerCase(),
    gtins,
    tracking: order.shipments.map((shipment) => shipment.trackingNumber.toLowerCase()),
    createdMs: Date.parse(order.createdAt),
  };
}

/**
 * A predicate for the list filters with the same meaning as the server's SQL: text search is a
 * case-insensitive substring of number, customer name or e-mail, or an exact GTIN or tracking number.
 */
export function compileOrderFilter(
  filters: OrderFilters,
  timeZone: string = defaultStoreTimeZone,
): (entry: OrderSearchEntry) => boolean {
  const q = filters.q?.trim().toLowerCase() ?? '';
  const qGtin = q ? gtin14(q) : null;
  const bounds = orderDateBounds(filters, timeZone);
  const from = bounds.from ? Date.parse(bounds.from) : -Infinity;
  const to = bounds.to ? Date.parse(bounds.to) : Infinity;
  const country = filters.country?.toUpperCase();
  return ({ order, text, gtins, tracking, createdMs }) => {
    if (filters.status && order.status !== filters.status) return false;
    if (filters.paymentStatus && order.paymentStatus !== filters.paymentStatus) return false;
    if (filters.fulfillmentStatus && order.fulfillmentStatus !== filters.fulfillmentStatus) return false;
    if (filters.channel && order.channel !== filters.channel) return false;
    if (country && order.shippingAddress.country !== country) return false;
    if (filters.tag && !order.tags.includes(filters.tag)) return false;
    if (filters.hasExceptions !== undefined && order.openExceptionCount > 0 !== filters.hasExceptions)
      return false;
    if (createdMs < from || createdMs > to) return false;
    if (!q) return true;
    return text.includes(q) || tracking.includes(q) || (qGtin !== null && gtins.includes(qGtin));
  };
}

function sortValue(entry: OrderSearchEntry, key: OrderSortKey): string | number {
  const { order } = entry;
  switch (key) {
    case 'createdAt':
      return entry.createdMs;
    case 'number':
      return Number(order.number) || order.number;
    case 'customer':
      return order.customer.name.toLowerCase();
    case 'total':
      return order.totals.gross;
    case 'country':
      return order.shippingAddress.country;
    default:
      return order[key];
  }
}

/** Orders two keyed entries: by the sort's value, ties newest first, then by id. */
function compareKeyed(a: KeyedEntry, b: KeyedEntry, sign: number): number {
  if (a.value !== b.value) return (a.value < b.value ? -1 : 1) * sign;
  if (a.entry.createdMs !== b.entry.createdMs) return b.entry.createdMs - a.entry.createdMs;
  return a.entry.order.id < b.entry.order.id ? -1 : 1;
}

interface KeyedEntry {
  entry: OrderSearchEntry;
  value: string | number;
}

/** Sorts entries in place by one key (ties: newest first, then id) and returns them. */
export function sortOrderEntries(entries: OrderSearchEntry[], sort: OrderSort): OrderSearchEntry[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = entries.map((entry) => ({ entry, value: sortValue(entry, sort.key) }));
  keyed.sort((a, b) => compareKeyed(a, b, sign));
  for (let i = 0; i < keyed.length; i += 1) entries[i] = (keyed[i] as KeyedEntry).entry;
  return entries;
}

/**
 * Merges entries into a list already sorted by `sort` (neither holding an order of the other) and
 * returns a new list equal to sorting both together. The additions are sorted; a few are placed by
 * binary search (O(k log n) comparisons, the runs between copied), many by one linear merge.
 */
export function mergeOrderEntries(
  sorted: readonly OrderSearchEntry[],
  additions: OrderSearchEntry[],
  sort: OrderSort,
): OrderSearchEntry[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyAt = (i: number): KeyedEntry => {
    const entry = sorted[i] as OrderSearchEntry;
    return { entry, value: sortValue(entry, sort.key) };
  };
  const bySearch = additions.length * Math.log2(sorted.length + 1) < sorted.length;
  const merged: OrderSearchEntry[] = [];
  let from = 0;
  for (const addition of sortOrderEntries(additions, sort)) {
    const key = { entry: addition, value: sortValue(addition, sort.key) };
    let low = from;
    if (bySearch) {
      let high = sorted.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compareKeyed(keyAt(middle), key, sign) < 0) low = middle + 1;
        else high = middle;
      }
    } else while (low < sorted.length && compareKeyed(keyAt(low), key, sign) < 0) low += 1;
    for (let i = from; i < low; i += 1) merged.push(sorted[i] as OrderSearchEntry);
    merged.push(addition);
    from = low;
  }
  for (let i = from; i < sorted.length; i += 1) merged.push(sorted[i] as OrderSearchEntry);
  return merged;
}

/** Filters then sorts: the order list's query over an in-memory set of entries. */
export function queryOrderEntries(
  entries: Iterable<OrderSearchEntry>,
  filters: OrderFilters,
  sort: OrderSort,
  timeZone: string = defaultStoreTimeZone,
): OrderSearchEntry[] {
  const predicate = compileOrderFilter(filters, timeZone);
  const matched: OrderSearchEntry[] = [];
  for (const entry of entries) if (predicate(entry)) matched.push(entry);
  return sortOrderEntries(matched, sort);
}
