import { describe, expect, it } from 'vitest';
import { syncIndicatorState } from './sync-indicator-state';

describe('syncIndicatorState', () => {
  it('is offline whenever the browser is offline', () => {
    expect(syncIndicatorState({ online: false, pending: 0, downloading: false })).toBe('offline');
    expect(syncIndicatorState({ online: false, pending: 3, downloading: true })).toBe('offline');
  });

  it('is syncing while commands wait or the first download of a collection is not finished', () => {
    expect(syncIndicatorState({ online: true, pending: 2, downloading: false })).toBe('syncing');
    expect(syncIndicatorState({ online: true, pending: 0, downloading: true })).toBe('syncing');
  });

  it('is synced once online, nothing waits and every collection has arrived', () => {
    expect(syncIndicatorState({ online: true, pending: 0, downloading: false })).toBe('synced');
  });
});
