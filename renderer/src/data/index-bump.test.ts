import { describe, expect, it } from 'vitest';
import { bumpDueAt } from './index-bump';

describe('bumpDueAt', () => {
  it('bumps a frame after a change made on this device, however large the index', () => {
    expect(bumpDueAt(1000, 990, 100_000, false)).toBe(1016);
  });

  it('holds replicated changes of a large index until its interval since the last bump has passed', () => {
    expect(bumpDueAt(1000, 990, 100_000, true)).toBe(1990);
    expect(bumpDueAt(1000, 990, 20_000, true)).toBe(1190);
  });

  it('bumps a small index, or one not bumped for a while, a frame after a replicated change', () => {
    expect(bumpDueAt(1000, 990, 500, true)).toBe(1016);
    expect(bumpDueAt(5000, 990, 100_000, true)).toBe(5016);
  });
});
