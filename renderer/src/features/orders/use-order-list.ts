import { useDeferredValue, useMemo, useState } from 'react';
import { orderFiltersSchema, type OrderFilters } from '../../../../shared/schemas/order-filters';
import {
  queryOrderEntries,
  type OrderSearchEntry,
  type OrderSort,
} from '../../../../shared/domain/order/order-search';
import type { OrderIndex } from '../../data/order-index';
import { defaultStoreTimeZone } from '../../../../shared/dates/store-date';
import { useInvoiceSettings } from '../invoices/invoice-hooks';

export type RawFilters = Partial<Record<keyof OrderFilters, string>>;

/** Parses each filter on its own, so a half-typed value (a one-letter country) only drops itself. */
export function parseFilters(raw: RawFilters): OrderFilters {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!value) continue;
    const parsed = orderFiltersSchema.safeParse({ [key]: value });
    if (parsed.success) Object.assign(out, parsed.data);
  }
  return out;
}

/** Filters given in the address (`#/orders?status=processing&from=2026-11-01`), e.g. by a dashboard link. */
export function filtersFromQuery(query: string): RawFilters {
  const params = new URLSearchParams(query);
  const raw: RawFilters = {};
  for (const key of Object.keys(orderFiltersSchema.shape) as (keyof OrderFilters)[]) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  return raw;
}

/** Filter, search and sort state of the order list, and the matching orders from the index. */
export function useOrderList(index: OrderIndex, version: number, initial: RawFilters = {}) {
  const [raw, setRaw] = useState<RawFilters>(initial);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<OrderSort>({ key: 'createdAt', direction: 'desc' });
  const deferredQuery = useDeferredValue(query);
  // calendar-day filters mean the store's days, as on the server
  const timeZone = useInvoiceSettings()?.timeZone ?? defaultStoreTimeZone;
  const filters = useMemo(() => parseFilters({ ...raw, q: deferredQuery }), [raw, deferredQuery]);
  const visible: OrderSearchEntry[] = useMemo(
    () => queryOrderEntries(index.all(), filters, sort, timeZone),
    // `version` changes whenever the index does
    [index, version, filters, sort, timeZone],
  );
  return {
    raw,
    query,
    sort,
    filters,
    visible,
    setQuery,
    setSort,
    patch: (change: RawFilters) => setRaw((previous) => ({ ...previous, ...change })),
    replace: (next: RawFilters, nextQuery: string, nextSort: OrderSort) => {
      setRaw(next);
      setQuery(nextQuery);
      setSort(nextSort);
    },
    toggleSort: (key: OrderSort['key']) =>
      setSort((previous) => ({
        key,
        direction: previous.key === key && previous.direction === 'desc' ? 'asc' : 'desc',
      })),
  };
}

/** The selection: explicit order ids, or every order matching the current filter. */
export type Selection = { mode: 'ids'; ids: ReadonlySet<string> } | { mode: 'all' };

export const emptySelection: Selection = { mode: 'ids', ids: new Set() };

/** Ids the selection stands for, given the orders matching the filter now. */
export function selectedIds(selection: Selection, visible: readonly OrderSearchEntry[]): string[] {
  if (selection.mode === 'all') return visible.map((entry) => entry.order.id);
  return [...selection.ids];
}

/** Adds or removes one id (leaving "all matching" mode for an explicit list). */
export function toggleSelected(
  selection: Selection,
  id: string,
  visible: readonly OrderSearchEntry[],
): Selection {
  const ids = new Set(selectedIds(selection, visible));
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { mode: 'ids', ids };
}
