import { describe, expect, it } from 'vitest';
import { orderStatuses } from '../../schemas/order';
import { allowedStatusTargets, canCancelFromStatus } from './status-machine';

describe('order state machine', () => {
  it('never offers cancelled or a shipping status as a direct change', () => {
    for (const status of orderStatuses) {
      const targets = allowedStatusTargets(status, null);
      expect(targets).not.toContain('cancelled');
      expect(targets).not.toContain('shipped');
      expect(targets).not.toContain('partially_shipped');
    }
  });

  it('releases a hold back to the status it was held from', () => {
    expect(allowedStatusTargets('on_hold', 'processing')).toEqual(['processing']);
  });

  it('allows cancel only before shipment', () => {
    expect(canCancelFromStatus('pending', null)).toBe(true);
    expect(canCancelFromStatus('processing', null)).toBe(true);
    expect(canCancelFromStatus('on_hold', 'confirmed')).toBe(true);
    expect(canCancelFromStatus('on_hold', 'partially_shipped')).toBe(false);
    expect(canCancelFromStatus('shipped', null)).toBe(false);
    expect(canCancelFromStatus('cancelled', null)).toBe(false);
    expect(canCancelFromStatus('completed', null)).toBe(false);
  });

  it('has no way out of terminal statuses', () => {
    expect(allowedStatusTargets('completed', null)).toEqual([]);
    expect(allowedStatusTargets('cancelled', null)).toEqual([]);
  });
});
