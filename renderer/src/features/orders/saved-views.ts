import { z } from 'zod';
import { orderFiltersSchema, type OrderFilters } from '../../../../shared/schemas/order-filters';
import { orderSortKeys, type OrderSort } from '../../../../shared/domain/order/order-search';

/** A named filter + sort the user saved on this workstation. */
export interface SavedView {
  name: string;
  filters: OrderFilters;
  sort: OrderSort;
}

const storedViewSchema = z.object({
  name: z.string().min(1).max(60),
  filters: z.record(z.string(), z.unknown()),
  sort: z.object({ key: z.enum(orderSortKeys), direction: z.enum(['asc', 'desc']) }),
});

const KEY = 'orderdesk.savedViews';

/** Filters as URL-style strings (the form the shared schema parses). */
export function filtersToStrings(filters: OrderFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') out[key] = String(value);
  return out;
}

/** Saved views of this workstation; a malformed entry is skipped. */
export function loadSavedViews(storage: Pick<Storage, 'getItem'> = localStorage): SavedView[] {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const view = storedViewSchema.safeParse(item);
    const filters = view.success ? orderFiltersSchema.safeParse(view.data.filters) : undefined;
    return view.success && filters?.success
      ? [{ name: view.data.name, filters: filters.data, sort: view.data.sort }]
      : [];
  });
}

/** Stores the views (a view with the same name is replaced by the newest). */
export function storeSavedViews(
  views: readonly SavedView[],
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  storage.setItem(
    KEY,
    JSON.stringify(views.map((view) => ({ ...view, filters: filtersToStrings(view.filters) }))),
  );
}
