import { describe, expect, it } from 'vitest';
import { currencyExponent, formatMoney, roundHalfAwayFromZero, toMajorUnits } from './money';

describe('currency exponents (ISO 4217)', () => {
  it.each([
    ['EUR', 2],
    ['usd', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['BHD', 3],
    ['KWD', 3],
    ['IQD', 3], // ISO says 3 where ICU's CLDR data says 0
  ])('%s has %i decimals', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
  });

  it('assumes 2 decimals for a code ISO 4217 does not list', () => {
    expect(currencyExponent('ZZZ')).toBe(2);
  });
});

describe('toMajorUnits', () => {
  it('divides by the currency exponent without float noise', () => {
    expect(toMajorUnits(12345, 'EUR')).toBe(123.45);
    expect(toMajorUnits(12345, 'JPY')).toBe(12345);
    expect(toMajorUnits(12345, 'BHD')).toBe(12.345);
    expect(toMajorUnits(-1, 'KWD')).toBe(-0.001);
    expect(toMajorUnits(29, 'EUR')).toBe(0.29);
  });
});

describe('formatMoney', () => {
  it('shows the minor unit of each currency', () => {
    expect(formatMoney(123456, 'EUR')).toBe('€1,234.56');
    expect(formatMoney(1234, 'JPY')).toBe('JP¥1,234');
    expect(formatMoney(1234, 'BHD', 'en-US')).toMatch(/^BHD\s1\.234$/u);
  });
});

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(1.005 * 100)).toBe(101);
  });
});
