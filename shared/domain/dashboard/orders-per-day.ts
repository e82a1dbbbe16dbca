import { storeDate } from '../../dates/store-date';

/** Orders placed on one store-local calendar day. */
export interface DayCount {
  /** YYYY-MM-DD in the store's time zone. */
  date: string;
  count: number;
}

/** The calendar day before `isoDate` (YYYY-MM-DD), independent of any time zone. */
function previousDay(isoDate: string): string {
  const day = new Date(`${isoDate}T12:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** The `days` store-local dates ending with `today`, oldest first. */
export function lastDays(today: string, days: number): string[] {
  const out = [today];
  while (out.length < days) out.unshift(previousDay(out[0] ?? today));
  return out;
}

/**
 * Orders per store-local day for the `days` days ending with the day of `now` (zero days included),
 * oldest first; orders outside the window are ignored.
 */
export function ordersPerDay(
  createdAts: Iterable<string>,
  now: Date,
  timeZone: string,
  days = 30,
): DayCount[] {
  const window = lastDays(storeDate(now, timeZone), days);
  const counts = new Map(window.map((date) => [date, 0]));
  const first = window[0] ?? '';
  for (const createdAt of createdAts) {
    // Cheap pre-filter: anything more than a day before the window cannot fall into it.
    if (createdAt.slice(0, 10) < previousDay(first)) continue;
    const date = storeDate(createdAt, timeZone);
    const count = counts.get(date);
    if (count !== undefined) counts.set(date, count + 1);
  }
  return window.map((date) => ({ date, count: counts.get(date) ?? 0 }));
}
