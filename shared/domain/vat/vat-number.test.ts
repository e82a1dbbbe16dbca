import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeVatNumber, validateVatNumber } from './vat-number';

// prettier-ignore
const validSamples = [
  'ATU12345678', 'BE0123456789', 'BG123456789', 'BG1234567890', 'CY12345678L', 'CZ12345678',
  'CZ1234567890', 'DE123456789', 'DK12345678', 'EE101234567', 'EL123456789', 'ESA1234567B',
  'ES12345678Z', 'FI12345678', 'FRAB123456789', 'FR12123456789', 'HR12345678901', 'HU12345678',
  'IE1234567T', 'IE1234567TA', 'IE1A12345B', 'IT12345678901', 'LT123456789', 'LT123456789012',
  'LU12345678', 'LV12345678901', 'MT12345678', 'NL123456789B01', 'PL1234567890', 'PT123456789',
  'RO12', 'RO1234567890', 'SE123456789001', 'SI12345678', 'SK1234567890',
];

// prettier-ignore
const invalidSamples = [
  'ATU1234567', 'AT12345678', 'BE2123456789', 'DE012345678', 'DE12345678', 'EE201234567',
  'GR123456789', 'FRIO123456789', 'NL123456789A01', 'SE123456789002', 'SK1214567890',
  'RO0123', 'MT01234567', 'CY61234567L', 'GB123456789', 'XI123456789', '', 'DE',
];

describe('validateVatNumber', () => {
  it.each(validSamples)('accepts %s', (sample) => {
    expect(validateVatNumber(sample).valid).toBe(true);
  });

  it.each(invalidSamples)('rejects %s', (sample) => {
    expect(validateVatNumber(sample).valid).toBe(false);
  });

  it('ignores spaces, dots and dashes and upper-cases', () => {
    expect(normalizeVatNumber(' de 123.456-789 ')).toBe('DE123456789');
    expect(validateVatNumber('fr ab 123 456 789')).toEqual({
      valid: true,
      country: 'FR',
      normalized: 'FRAB123456789',
    });
  });

  it('maps the Greek EL prefix to GR', () => {
    expect(validateVatNumber('EL 123456789', 'GR')).toEqual({
      valid: true,
      country: 'GR',
      normalized: 'EL123456789',
    });
  });

  it('adds the expected country prefix to a number typed without one', () => {
    expect(validateVatNumber('123456789', 'DE')).toEqual({
      valid: true,
      country: 'DE',
      normalized: 'DE123456789',
    });
    expect(validateVatNumber('123456789', 'GR').normalized).toBe('EL123456789');
  });

  it('is invalid for a number of another country than the expected one', () => {
    expect(validateVatNumber('DE123456789', 'FR')).toEqual({
      valid: false,
      country: 'DE',
      normalized: 'DE123456789',
    });
  });

  it('never throws and always returns an upper-case normalised form without separators', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.constantFrom('DE', 'FR', 'GR', 'US'), { nil: undefined }),
        (input, country) => {
          const check = validateVatNumber(input, country);
          expect(check.normalized).not.toMatch(/[\s.-]/);
          expect(check.normalized).toBe(check.normalized.toUpperCase());
          if (check.valid) expect(check.country).not.toBeNull();
        },
      ),
    );
  });

  it('accepts every German number of the right shape, however it is typed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000_000, max: 999_999_999 }),
        fc.constantFrom(' ', '.', '-', ''),
        (digits, sep) => {
          const typed = `de${String(digits).slice(0, 3)}${sep}${String(digits).slice(3)}`;
          expect(validateVatNumber(typed, 'DE')).toEqual({
            valid: true,
            country: 'DE',
            normalized: `DE${digits}`,
          });
        },
      ),
    );
  });
});
