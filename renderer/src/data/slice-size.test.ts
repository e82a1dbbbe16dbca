import { describe, expect, it } from 'vitest';
import { nextSliceSize } from './slice-size';

const sizing = { budgetMs: 30, min: 10, max: 500 };

describe('nextSliceSize', () => {
  it('scales towards the time budget', () => {
    expect(nextSliceSize(100, 40, sizing)).toBe(75);
    expect(nextSliceSize(100, 20, sizing)).toBe(150);
    expect(nextSliceSize(100, 30, sizing)).toBe(100);
  });

  it('moves by at most half or double per write', () => {
    expect(nextSliceSize(100, 600, sizing)).toBe(50);
    expect(nextSliceSize(100, 1, sizing)).toBe(200);
    expect(nextSliceSize(100, 0, sizing)).toBe(200);
  });

  it('stays within its bounds', () => {
    expect(nextSliceSize(12, 600, sizing)).toBe(10);
    expect(nextSliceSize(400, 1, sizing)).toBe(500);
  });
});
