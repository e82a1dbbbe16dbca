import { z } from 'zod';
import { orderFiltersSchema, type OrderFilters } from '../../../../shared/schemas/order-filters';
import { orderSortKeys, type OrderSort } from '../../../../shared/domain/order/order-search';

export type RawFilters = Partial<Record<keyof OrderFilters, string>>;

/** The selection: explicit order ids, or every order matching the current filter. */
export type Selection = { mode: 'ids'; ids: ReadonlySet<string> } | { mode: 'all' };

const text = z.string().max(200).optional().catch(undefined);

/**
 * The order list's search params: each filter as typed (checked again field by field with the shared
 * filter schema, so one bad value drops only itself), sort, and the selection (`all` or ids).
 */
export const orderListSearchSchema = z.object({
  status: text,
  paymentStatus: text,
  fulfillmentStatus: text,
  channel: text,
  q: text,
  from: text,
  to: text,
  tag: text,
  country: text,
  hasExceptions: text,
  sort: z.enum(orderSortKeys).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
  selected: z
    .union([z.literal('all'), z.array(z.uuid()), z.uuid()])
    .optional()
    .catch(undefined),
});
export type OrderListSearch = z.infer<typeof orderListSearchSchema>;

const filterKeys = Object.keys(orderFiltersSchema.shape) as (keyof OrderFilters)[];

export const defaultSort: OrderSort = { key: 'createdAt', direction: 'desc' };

/** Filters, search text and sort as the URL carries them. */
export interface ListView {
  raw: RawFilters;
  query: string;
  sort: OrderSort;
}

export function viewFromSearch(search: OrderListSearch): ListView {
  const raw: RawFilters = {};
  for (const key of filterKeys) {
    const value = search[key];
    if (key !== 'q' && value) raw[key] = value;
  }
  return {
    raw,
    query: search.q ?? '',
    sort: { key: search.sort ?? defaultSort.key, direction: search.dir ?? defaultSort.direction },
  };
}

/** The URL slice of a view; the default sort is left out, so a plain `#/orders` is the default list. */
export function searchFromView({ raw, query, sort }: ListView): OrderListSearch {
  const search: OrderListSearch = {};
  for (const key of filterKeys) if (key !== 'q' && raw[key]) search[key] = raw[key];
  if (query) search.q = query;
  if (sort.key !== defaultSort.key || sort.direction !== defaultSort.direction) {
    search.sort = sort.key;
    search.dir = sort.direction;
  }
  return search;
}

export function selectionFromSearch(selected: OrderListSearch['selected']): Selection {
  if (selected === 'all') return { mode: 'all' };
  return { mode: 'ids', ids: new Set(typeof selected === 'string' ? [selected] : (selected ?? [])) };
}

export function searchFromSelection(selection: Selection): Pick<OrderListSearch, 'selected'> {
  if (selection.mode === 'all') return { selected: 'all' };
  return selection.ids.size > 0 ? { selected: [...selection.ids] } : {};
}
