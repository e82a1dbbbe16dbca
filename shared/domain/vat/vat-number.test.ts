import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { iso7064Mod11Of10Valid } from './vat-checksum';
import { normalizeVatNumber, validateVatNumber } from './vat-number';

// prettier-ignore
const validSamples = [
  'ATU13585627', 'BE0403019261', 'BG123456789', 'BG1234567890', 'CY12345678L', 'CZ25123891',
  'CZ7103192745', 'DE136695976', 'DK13585628', 'EE100931558', 'EL094259216', 'ESA13585625',
  'ES54362315K', 'FI20774740', 'FR40303265045', 'FRXA303265045', 'HR33392005961', 'HU12892312',
  'IE1234567T', 'IE1234567TA', 'IE1A12345B', 'IT00743110157', 'LT123456789', 'LT123456789012',
  'LU15027442', 'LV12345678901', 'MT11679112', 'NL004495445B01', 'PL8567346215', 'PT501964843',
  'RO18547290', 'SE556188840401', 'SI50223054', 'SK2022749619',
];

// prettier-ignore
const invalidSamples = [
  'ATU1234567', 'AT12345678', 'BE2123456789', 'DE012345678', 'DE12345678', 'DE123456789', 'EE201234567',
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
    expect(normalizeVatNumber(' de 136.695-976 ')).toBe('DE136695976');
    expect(validateVatNumber('fr 40 303 265 045')).toEqual({
      valid: true,
      country: 'FR',
      normalized: 'FR40303265045',
    });
  });

  it('maps the Greek EL prefix to GR', () => {
    expect(validateVatNumber('EL 094259216', 'GR')).toEqual({
      valid: true,
      country: 'GR',
      normalized: 'EL094259216',
    });
  });

  it('adds the expected country prefix to a number typed without one', () => {
    expect(validateVatNumber('136695976', 'DE')).toEqual({
      valid: true,
      country: 'DE',
      normalized: 'DE136695976',
    });
    expect(validateVatNumber('094259216', 'GR').normalized).toBe('EL094259216');
  });

  it('is invalid for a number of another country than the expected one', () => {
    expect(validateVatNumber('DE136695976', 'FR')).toEqual({
      valid: false,
      country: 'DE',
      normalized: 'DE136695976',
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

  it('checks every German number of the right shape by its check digit, however it is typed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000_000, max: 999_999_999 }),
        fc.constantFrom(' ', '.', '-', ''),
        (digits, sep) => {
          const typed = `de${String(digits).slice(0, 3)}${sep}${String(digits).slice(3)}`;
          expect(validateVatNumber(typed, 'DE')).toEqual({
            valid: iso7064Mod11Of10Valid(String(digits)),
            country: 'DE',
            normalized: `DE${digits}`,
          });
        },
      ),
    );
  });
});
