import { describe, expect, it } from 'vitest';
import { hasCalendarDayBound, orderDateBounds } from './order-date-range';

describe('orderDateBounds', () => {
  it('takes calendar dates as the store’s days (Berlin: UTC+1 in winter, UTC+2 in summer)', () => {
    expect(orderDateBounds({ from: '2026-01-10', to: '2026-01-10' }, 'Europe/Berlin')).toEqual({
      from: '2026-01-09T23:00:00.000Z',
      to: '2026-01-10T22:59:59.999Z',
    });
    expect(orderDateBounds({ from: '2026-07-01' }, 'Europe/Berlin')).toEqual({
      from: '2026-06-30T22:00:00.000Z',
    });
  });

  it('keeps date-times as they are and says when calendar days are involved', () => {
    expect(orderDateBounds({ from: '2026-01-10T08:00:00+01:00' }, 'Europe/Berlin')).toEqual({
      from: '2026-01-10T07:00:00.000Z',
    });
    expect(hasCalendarDayBound({ from: '2026-01-10T08:00:00Z' })).toBe(false);
    expect(hasCalendarDayBound({ to: '2026-01-10' })).toBe(true);
  });
});
