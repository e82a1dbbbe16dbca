import { describe, expect, it } from 'vitest';
import { formattersFor, moneyInputValue, parseMoneyInput, toMajorUnits } from './format';

const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

describe('formatters', () => {
  it('shows minor units as money in each language', () => {
    expect(plain(formattersFor('de').money(123456, 'EUR'))).toBe('1.234,56 €');
    expect(formattersFor('en').money(123456, 'EUR')).toBe('€1,234.56');
    expect(plain(formattersFor('de').money(500, 'JPY'))).toBe('500 ¥');
    expect(toMajorUnits(12390, 'EUR')).toBe(123.9);
  });

  it('formats dates and country names in the language', () => {
    expect(formattersFor('de').date('2026-03-05T10:00:00Z')).toBe('05.03.2026');
    expect(formattersFor('en').date('2026-03-05T10:00:00Z')).toBe('5 Mar 2026');
    expect(formattersFor('de').country('DE')).toBe('Deutschland');
    expect(formattersFor('en').country('de')).toBe('Germany');
    expect(formattersFor('en').country('??')).toBe('??');
  });

  it('reads typed amounts in either convention as minor units', () => {
    expect(parseMoneyInput('123,90', 'EUR')).toBe(12390);
    expect(parseMoneyInput('123.9', 'EUR')).toBe(12390);
    expect(parseMoneyInput('1.234,56 €', 'EUR')).toBe(123456);
    expect(parseMoneyInput('1,234.56', 'EUR')).toBe(123456);
    expect(parseMoneyInput('1000', 'EUR')).toBe(100000);
    expect(parseMoneyInput('12', 'JPY')).toBe(12);
    expect(parseMoneyInput('abc', 'EUR')).toBeUndefined();
    expect(parseMoneyInput('', 'EUR')).toBeUndefined();
    expect(moneyInputValue(12390, 'EUR', 'de-DE')).toBe('123,90');
    expect(moneyInputValue(12390, 'EUR', 'en-GB')).toBe('123.90');
  });
});
