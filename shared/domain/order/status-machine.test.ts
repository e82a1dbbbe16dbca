import { describe, expect, it } from 'vitest';
import { orderStatuses } from '../../schemas/order';
import { allowedStatusTargets, canCancelFromStatus, statusTargetsForAll } from './status-machine';

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

describe('statusTargetsForAll', () => {
  it('offers only the statuses every selected order may move to', () => {
    const pending = { status: 'pending', statusBeforeHold: null } as const;
    const confirmed = { status: 'confirmed', statusBeforeHold: null } as const;
    const shipped = { status: 'shipped', statusBeforeHold: null } as const;
    expect(statusTargetsForAll([pending, pending])).toEqual(['confirmed', 'on_hold']);
    expect(statusTargetsForAll([pending, confirmed])).toEqual(['on_hold']);
    expect(statusTargetsForAll([pending, shipped])).toEqual([]);
    expect(statusTargetsForAll([{ status: 'on_hold', statusBeforeHold: 'processing' }])).toEqual([
      'processing',
    ]);
    expect(statusTargetsForAll([])).toEqual([]);
  });
});
