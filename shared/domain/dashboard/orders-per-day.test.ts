import { describe, expect, it } from 'vitest';
import { lastDays, ordersPerDay } from './orders-per-day';

describe('orders per day', () => {
  it('lists the last days oldest first, across a month end', () => {
    expect(lastDays('2026-03-02', 4)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('counts by the store-local day, zero days included, and ignores orders outside the window', () => {
    const now = new Date('2026-11-28T10:00:00.000Z');
    const counts = ordersPerDay(
      [
        '2026-11-28T08:00:00.000Z',
        '2026-11-27T23:30:00.000Z', // 00:30 on the 28th in Berlin
        '2026-11-26T12:00:00.000Z',
        '2026-10-01T12:00:00.000Z', // outside the 3-day window
      ],
      now,
      'Europe/Berlin',
      3,
    );
    expect(counts).toEqual([
      { date: '2026-11-26', count: 1 },
      { date: '2026-11-27', count: 0 },
      { date: '2026-11-28', count: 2 },
    ]);
  });

  it('defaults to 30 days', () => {
    expect(ordersPerDay([], new Date('2026-11-28T10:00:00.000Z'), 'UTC')).toHaveLength(30);
  });
});
