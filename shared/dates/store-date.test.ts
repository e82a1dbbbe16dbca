import { describe, expect, it } from 'vitest';
import {
  addStoreDays,
  endOfStoreDay,
  isValidTimeZone,
  startOfStoreDay,
  storeDate,
  storeDateTime,
  storeYear,
} from './store-date';

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

describe('store days around daylight saving time', () => {
  it('a day of 23 and one of 25 hours: start and end instants', () => {
    // Berlin springs forward on 2026-03-29 and falls back on 2026-10-25
    expect(startOfStoreDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfStoreDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfStoreDay('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfStoreDay('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('instants in the small hours of a DST change fall on the right store day', () => {
    expect(storeDate('2026-03-29T01:30:00.000Z', 'Europe/Berlin')).toBe('2026-03-29');
    expect(storeDate('2026-10-25T00:30:00.000Z', 'Europe/Berlin')).toBe('2026-10-25');
    expect(storeDate('2026-10-24T21:59:59.000Z', 'Europe/Berlin')).toBe('2026-10-24');
  });

  it('the year, date-time and due dates in the store zone', () => {
    expect(storeYear('2026-12-31T23:30:00.000Z', 'Europe/Berlin')).toBe(2027);
    expect(storeYear('2026-12-31T23:30:00.000Z', 'UTC')).toBe(2026);
    expect(storeDateTime('2026-07-01T22:30:00.000Z', 'Europe/Berlin')).toBe('2026-07-02 00:30');
    expect(addStoreDays('2026-03-20', 14)).toBe('2026-04-03');
    expect(addStoreDays('2026-12-25', 14)).toBe('2027-01-08');
  });
});
