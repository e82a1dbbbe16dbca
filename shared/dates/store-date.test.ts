import { describe, expect, it } from 'vitest';
import { isValidTimeZone, startOfStoreDay, storeDate } from './store-date';

describe('store dates', () => {
  it('gives the store-local date: 23:30 UTC on 31 Dec is already 1 Jan in Berlin', () => {
    expect(storeDate('2026-12-31T23:30:00.000Z', 'Europe/Berlin')).toBe('2027-01-01');
    expect(storeDate('2026-12-31T23:30:00.000Z', 'UTC')).toBe('2026-12-31');
    expect(storeDate('2026-07-01T22:30:00.000Z', 'Europe/Berlin')).toBe('2026-07-02'); // summer time
    expect(storeDate('2026-03-05T03:00:00.000Z', 'America/New_York')).toBe('2026-03-04');
  });

  it('finds the instant a store-local day starts, in winter and summer time', () => {
    expect(startOfStoreDay('2027-01-01', 'Europe/Berlin').toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(startOfStoreDay('2026-07-02', 'Europe/Berlin').toISOString()).toBe('2026-07-01T22:00:00.000Z');
    expect(startOfStoreDay('2026-01-01', 'UTC').toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('knows valid IANA zones', () => {
    expect(isValidTimeZone('Europe/Warsaw')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
