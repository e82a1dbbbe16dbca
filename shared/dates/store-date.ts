/**
 * Calendar dates in the store's time zone (invoice issue and supply dates, the OSS calendar year).
 * Uses the platform's Intl time-zone database (ICU, updated with Node and Chromium), so device and
 * server agree without a date library of their own.
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

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function partsOf(instant: Date, timeZone: string): Record<string, number> {
  const parts = formatterFor(timeZone).formatToParts(instant);
  return Object.fromEntries(
    parts.filter((part) => part.type !== 'literal').map((part) => [part.type, Number(part.value)]),
  );
}

/** The store-local calendar date (YYYY-MM-DD) of an instant (a Date or an ISO date-time). */
export function storeDate(instant: Date | string, timeZone: string): string {
  const p = partsOf(typeof instant === 'string' ? new Date(instant) : instant, timeZone);
  const pad = (value: number | undefined, length = 2): string => String(value ?? 0).padStart(length, '0');
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The UTC instant at which store-local date `isoDate` begins (00:00 local time). */
export function startOfStoreDay(isoDate: string, timeZone: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const guess = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  // The zone's offset at the guess, applied once and re-checked (stable except inside a DST jump).
  const offsetAt = (utc: number): number => {
    const p = partsOf(new Date(utc), timeZone);
    const local = Date.UTC(
      p.year ?? 1970,
      (p.month ?? 1) - 1,
      p.day ?? 1,
      p.hour ?? 0,
      p.minute ?? 0,
      p.second ?? 0,
    );
    return local - utc;
  };
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}
