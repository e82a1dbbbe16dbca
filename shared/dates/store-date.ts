import { TZDate, tz } from '@date-fns/tz';
import { addDays, format, startOfDay } from 'date-fns';

/**
 * Calendar dates in the store's time zone (invoice issue and supply dates, due dates, dashboard days,
 * list date filters, the OSS calendar year), with date-fns and @date-fns/tz on the platform's IANA
 * time-zone data, so device and server agree.
 */
export const defaultStoreTimeZone = 'Europe/Berlin';

/** True when `timeZone` is an IANA zone the platform knows (e.g. `Europe/Berlin`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The store-local calendar date (YYYY-MM-DD) of an instant (a Date or an ISO date-time). */
export function storeDate(instant: Date | string, timeZone: string): string {
  return format(new Date(instant), 'yyyy-MM-dd', { in: tz(timeZone) });
}

/** The store-local calendar year of an instant (the OSS threshold counts distance sales per year). */
export function storeYear(instant: Date | string, timeZone: string): number {
  return Number(format(new Date(instant), 'yyyy', { in: tz(timeZone) }));
}

/** The store-local date and time (`YYYY-MM-DD HH:mm`) of an instant, for printed documents. */
export function storeDateTime(instant: Date | string, timeZone: string): string {
  return format(new Date(instant), 'yyyy-MM-dd HH:mm', { in: tz(timeZone) });
}

/** The UTC instant at which store-local date `isoDate` begins (00:00 local time, DST-safe). */
export function startOfStoreDay(isoDate: string, timeZone: string): Date {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(startOfDay(new TZDate(year, month - 1, day, 12, timeZone)).getTime());
}

/** The UTC instant at which store-local date `isoDate` ends (the next day's start). */
export function endOfStoreDay(isoDate: string, timeZone: string): Date {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(startOfDay(addDays(new TZDate(year, month - 1, day, 12, timeZone), 1)).getTime());
}

/** The store-local date `days` calendar days after `isoDate` (due dates; DST does not shift it). */
export function addStoreDays(isoDate: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return format(addDays(new TZDate(year, month - 1, day, 12, 'UTC'), days), 'yyyy-MM-dd', { in: tz('UTC') });
}
