import { useCallback, useDeferredValue, useMemo } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { orderFiltersSchema, type OrderFilters } from '../../../../shared/schemas/order-filters';
import type { OrderSearchEntry, OrderSort } from '../../../../shared/domain/order/order-search';
import type { OrderIndex } from '../../data/order-index';
import { useStoreTimeZone } from '../invoices/invoice-hooks';
import { useUrlState } from '../../app/use-url-state';
import { LiveOrderQuery } from './live-order-query';
import {
  searchFromSelection,
  searchFromView,
  selectionFromSearch,
  viewFromSearch,
  type ListView,
  type OrderListSearch,
  type RawFilters,
  type Selection,
} from './order-list-search';

export type { RawFilters, Selection } from './order-list-search';

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

const viewKeys = [
  'status',
  'paymentStatus',
  'fulfillmentStatus',
  'channel',
  'q',
  'from',
  'to',
  'tag',
  'country',
  'hasExceptions',
  'sort',
  'dir',
] as const;

/** Filter, search and sort state of the order list (kept in the URL), and the matching orders from the index. */
export function useOrderList(index: OrderIndex, version: number) {
  const search = useSearch({ from: '/orders' });
  const navigate = useNavigate({ from: '/orders' });
  const writeView = useCallback(
    (next: OrderListSearch) =>
      void navigate({
        search: (previous) => {
          const kept = { ...previous };
          for (const key of viewKeys) delete kept[key];
          return { ...kept, ...next };
        },
        replace: true,
      }),
    [navigate],
  );
  const [slice, setSlice] = useUrlState(searchFromView(viewFromSearch(search)), writeView);
  const { raw, query, sort } = useMemo(() => viewFromSearch(slice), [slice]);
  const deferredQuery = useDeferredValue(query);
  // calendar-day filters mean the store's days, as on the server
  const timeZone = useStoreTimeZone();
  const filters = useMemo(() => parseFilters({ ...raw, q: deferredQuery }), [raw, deferredQuery]);
  const liveQuery = useMemo(
    () => new LiveOrderQuery(index, filters, sort, timeZone),
    [index, filters, sort, timeZone],
  );
  // `version` changes whenever the index does; a refresh applies just the orders changed since the last
  const visible: OrderSearchEntry[] = useMemo(() => liveQuery.refresh(), [liveQuery, version]);
  const show = (view: Partial<ListView>): void => setSlice(searchFromView({ raw, query, sort, ...view }));
  return {
    raw,
    query,
    sort,
    filters,
    visible,
    setQuery: (nextQuery: string) => show({ query: nextQuery }),
    setSort: (nextSort: OrderSort) => show({ sort: nextSort }),
    patch: (change: RawFilters) => show({ raw: { ...raw, ...change } }),
    replace: (next: RawFilters, nextQuery: string, nextSort: OrderSort) =>
      show({ raw: next, query: nextQuery, sort: nextSort }),
  };
}

export const emptySelection: Selection = { mode: 'ids', ids: new Set() };

/** Ids the selection stands for, given the orders matching the filter now. */
export function selectedIds(selection: Selection, visible: readonly OrderSearchEntry[]): string[] {
  if (selection.mode === 'all') return visible.map((entry) => entry.order.id);
  return [...selection.ids];
}

/** The selection, kept in the URL (`selected=all` or the ids), so reload and back/forward keep it. */
export function useOrderSelection(): [Selection, (next: Selection) => void] {
  const search = useSearch({ from: '/orders' });
  const navigate = useNavigate({ from: '/orders' });
  const writeSelection = useCallback(
    (next: Pick<OrderListSearch, 'selected'>) =>
      void navigate({ search: (previous) => ({ ...previous, selected: next.selected }), replace: true }),
    [navigate],
  );
  const [slice, setSlice] = useUrlState(
    searchFromSelection(selectionFromSearch(search.selected)),
    writeSelection,
  );
  const selection = useMemo(() => selectionFromSearch(slice.selected), [slice]);
  const set = useCallback((next: Selection) => setSlice(searchFromSelection(next)), [setSlice]);
  return [selection, set];
}
