import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocateInvoiceNumber,
  formatInvoiceNumber,
  parseInvoiceNumber,
  seriesName,
  verifySeries,
} from './invoice-series';
import type { SeriesKey } from './invoice-series';

const key: SeriesKey = { kind: 'invoice', storeCode: 'PARIS', deviceCode: 'WS01', year: 2026 };

describe('series names and numbers', () => {
  it('names a series per kind, store, device and year', () => {
    expect(seriesName(key)).toBe('INV-PARIS-WS01-2026');
    expect(seriesName({ ...key, invoicePrefix: 'FA' })).toBe('FA-PARIS-WS01-2026');
    expect(seriesName({ ...key, kind: 'credit_note', invoicePrefix: 'FA' })).toBe('CN-PARIS-WS01-2026');
  });

  it('refuses codes that would make numbers ambiguous', () => {
    expect(() => seriesName({ ...key, storeCode: 'PA-RIS' })).toThrow(RangeError);
    expect(() => seriesName({ ...key, deviceCode: '' })).toThrow(RangeError);
    expect(() => seriesName({ ...key, year: 26 })).toThrow(RangeError);
  });

  it('formats six digits and parses back', () => {
    expect(formatInvoiceNumber('INV-PARIS-WS01-2026', 123)).toBe('INV-PARIS-WS01-2026-000123');
    expect(formatInvoiceNumber('S', 1234567)).toBe('S-1234567');
    expect(parseInvoiceNumber('INV-PARIS-WS01-2026-000123')).toEqual({
      series: 'INV-PARIS-WS01-2026',
      sequence: 123,
    });
    expect(parseInvoiceNumber('INV-PARIS-WS01-2026')).toBeNull();
    expect(() => formatInvoiceNumber('S', 0)).toThrow(RangeError);
  });

  it('allocates the next number after the last one', () => {
    expect(allocateInvoiceNumber(key, 0)).toEqual({
      series: 'INV-PARIS-WS01-2026',
      sequence: 1,
      number: 'INV-PARIS-WS01-2026-000001',
    });
    expect(allocateInvoiceNumber(key, 122).number).toBe('INV-PARIS-WS01-2026-000123');
    expect(() => allocateInvoiceNumber(key, -1)).toThrow(RangeError);
  });

  it('two devices never produce the same number', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (a, b) => {
        const first = allocateInvoiceNumber({ ...key, deviceCode: 'WS01' }, a).number;
        const second = allocateInvoiceNumber({ ...key, deviceCode: 'WS02' }, b).number;
        expect(first).not.toBe(second);
      }),
    );
  });
});

describe('verifySeries', () => {
  it('accepts the next sequence', () => {
    expect(verifySeries([1, 2, 3], 4)).toEqual({ ok: true, duplicates: [], gaps: [], expectedNext: 5 });
    expect(verifySeries([], [1, 2])).toEqual({ ok: true, duplicates: [], gaps: [], expectedNext: 3 });
  });

  it('reports a duplicate loudly', () => {
    expect(verifySeries([1, 2, 3], 3)).toEqual({ ok: false, duplicates: [3], gaps: [], expectedNext: 4 });
    expect(verifySeries([1], [2, 2])).toMatchObject({ ok: false, duplicates: [2] });
  });

  it('reports gaps as ranges, also in what was already stored', () => {
    expect(verifySeries([1, 2], 6)).toEqual({
      ok: false,
      duplicates: [],
      gaps: [{ from: 3, to: 5 }],
      expectedNext: 7,
    });
    expect(verifySeries([2, 5], [6])).toMatchObject({
      gaps: [
        { from: 1, to: 1 },
        { from: 3, to: 4 },
      ],
    });
  });

  it('handles a batch uploaded out of order after an offline period', () => {
    expect(verifySeries([1, 2, 3], [6, 4, 5]).ok).toBe(true);
  });

  it('does not loop over huge sequences', () => {
    expect(verifySeries([1], 1_000_000_000).gaps).toEqual([{ from: 2, to: 999_999_999 }]);
  });

  it('rejects non-positive or fractional sequences', () => {
    expect(verifySeries([], 0).ok).toBe(false);
    expect(verifySeries([1], 1.5).ok).toBe(false);
  });

  it('allocations in a row always verify', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (count) => {
        const existing: number[] = [];
        for (let i = 0; i < count; i += 1) {
          const next = allocateInvoiceNumber(key, existing.length).sequence;
          expect(verifySeries(existing, next).ok).toBe(true);
          existing.push(next);
        }
      }),
      { numRuns: 20 },
    );
  });
});
