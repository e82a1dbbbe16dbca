import { describe, expect, it } from 'vitest';
import { allRatesOf, vatRateFor } from './eu-vat-rates';
import { euCountries, countryOfVatPrefix, isEuCountry, vatPrefixOf } from './is-eu-country';

describe('vatRateFor', () => {
  it.each([
    ['DE', 19, 7, 7],
    ['FR', 20, 5.5, 2.1],
    ['LU', 17, 8, 3],
    ['FI', 25.5, 10, 10],
    ['AT', 20, 10, 10],
    ['ES', 21, 10, 4],
    ['GR', 24, 6, 4],
    ['IE', 23, 9, 9],
    ['SI', 22, 5, 5],
    ['CY', 19, 5, 3],
    ['RO', 21, 11, 11],
  ] as const)('%s: standard %d, reduced %d, super-reduced %d', (country, standard, reduced, superReduced) => {
    expect(vatRateFor(country, 'standard')).toBe(standard);
    expect(vatRateFor(country, 'reduced')).toBe(reduced);
    expect(vatRateFor(country, 'super_reduced')).toBe(superReduced);
    expect(vatRateFor(country, 'zero')).toBe(0);
  });

  it('falls back to the standard rate in Denmark, which has no reduced rate', () => {
    expect(vatRateFor('DK', 'reduced')).toBe(25);
    expect(vatRateFor('DK', 'super_reduced')).toBe(25);
  });

  it('has 27 member states, each with a standard rate between 17 and 27 %', () => {
    expect(euCountries).toHaveLength(27);
    for (const country of euCountries) {
      expect(vatRateFor(country, 'standard')).toBeGreaterThanOrEqual(17);
      expect(vatRateFor(country, 'standard')).toBeLessThanOrEqual(27);
      expect(vatRateFor(country, 'super_reduced')).toBeLessThanOrEqual(vatRateFor(country, 'reduced'));
      expect(allRatesOf(country)).toContain(vatRateFor(country, 'reduced'));
    }
  });
});

describe('EU countries and VAT prefixes', () => {
  it('knows members and non-members', () => {
    expect(isEuCountry('DE')).toBe(true);
    expect(isEuCountry('GB')).toBe(false);
    expect(isEuCountry('XI')).toBe(false);
    expect(isEuCountry('CH')).toBe(false);
  });
  it('maps Greece to the EL prefix and back', () => {
    expect(vatPrefixOf('GR')).toBe('EL');
    expect(vatPrefixOf('DE')).toBe('DE');
    expect(countryOfVatPrefix('EL')).toBe('GR');
    expect(countryOfVatPrefix('GR')).toBeNull();
    expect(countryOfVatPrefix('GB')).toBeNull();
  });
});
