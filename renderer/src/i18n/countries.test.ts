import { describe, expect, it } from 'vitest';
import { countryOptions, resolveCountry } from './countries';

describe('countries', () => {
  it('resolves names in either language and codes to the ISO code', () => {
    expect(resolveCountry('Germany')).toBe('DE');
    expect(resolveCountry(' deutschland ')).toBe('DE');
    expect(resolveCountry('Österreich')).toBe('AT');
    expect(resolveCountry('ge')).toBe('GE');
    expect(resolveCountry('Georgia')).toBe('GE');
    expect(resolveCountry('Germ')).toBeUndefined();
    expect(resolveCountry('')).toBeUndefined();
  });

  it('lists names in the interface language', () => {
    expect(countryOptions('de').find((c) => c.code === 'DE')?.name).toBe('Deutschland');
    expect(countryOptions('en').find((c) => c.code === 'CH')?.name).toBe('Switzerland');
    expect(countryOptions('de').length).toBeGreaterThan(240);
  });
});
