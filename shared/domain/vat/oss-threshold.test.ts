import { describe, expect, it } from 'vitest';
import { distanceSalesPosition } from './oss-threshold';

describe('distanceSalesPosition (EUR 10,000 OSS threshold)', () => {
  const base = { currentYearNet: 0, previousYearNet: 0, manualOverride: false };

  it('stays below, warns from 80 %, switches above EUR 10,000', () => {
    expect(distanceSalesPosition({ ...base, currentYearNet: 700_000 })).toMatchObject({
      thresholdExceeded: false,
      warning: false,
    });
    expect(distanceSalesPosition({ ...base, currentYearNet: 800_000 })).toMatchObject({
      thresholdExceeded: false,
      warning: true,
    });
    expect(distanceSalesPosition({ ...base, currentYearNet: 1_000_000 }).thresholdExceeded).toBe(false);
    expect(distanceSalesPosition({ ...base, currentYearNet: 1_000_001 })).toMatchObject({
      thresholdExceeded: true,
      warning: false,
    });
  });

  it('applies all year after a previous year over the threshold, and honours the manual flag', () => {
    expect(distanceSalesPosition({ ...base, previousYearNet: 1_200_000 }).thresholdExceeded).toBe(true);
    expect(distanceSalesPosition({ ...base, manualOverride: true }).thresholdExceeded).toBe(true);
  });
});
