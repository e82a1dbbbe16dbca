import { endOfStoreDay, startOfStoreDay } from '../../dates/store-date';
import type { OrderFilters } from '../../schemas/order-filters';

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a date filter names calendar days (which then mean the store's days, not UTC days). */
export function hasCalendarDayBound(filters: Pick<OrderFilters, 'from' | 'to'>): boolean {
  return dateOnly.test(filters.from ?? '') || dateOnly.test(filters.to ?? '');
}

/**
 * The `from`/`to` filters as inclusive ISO instants: a calendar date means that day in the store's
 * time zone (from its first to its last millisecond), a date-time is taken as it is. The order list
 * on the device and the server's SQL use the same bounds, so both show the same orders.
 */
export function orderDateBounds(
  filters: Pick<OrderFilters, 'from' | 'to'>,
  timeZone: string,
): { from?: string; to?: string } {
  const bound = (value: string, end: boolean): string => {
    if (!dateOnly.test(value)) return new Date(value).toISOString();
    if (!end) return startOfStoreDay(value, timeZone).toISOString();
    return new Date(endOfStoreDay(value, timeZone).getTime() - 1).toISOString();
  };
  return {
    ...(filters.from ? { from: bound(filters.from, false) } : {}),
    ...(filters.to ? { to: bound(filters.to, true) } : {}),
  };
}
