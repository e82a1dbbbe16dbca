/** EU member states by ISO 3166-1 alpha-2 code (Northern Ireland `XI` is out of scope, VAT.md). */
// prettier-ignore
export const euCountries = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

export type EuCountry = (typeof euCountries)[number];

const euCountrySet: ReadonlySet<string> = new Set(euCountries);

/** True when `country` (ISO alpha-2, upper case) is an EU member state. */
export function isEuCountry(country: string): country is EuCountry {
  return euCountrySet.has(country);
}

/** The VAT number prefix of an EU country: the ISO code, except Greece which uses `EL`. */
export function vatPrefixOf(country: EuCountry): string {
  return country === 'GR' ? 'EL' : country;
}

/** The EU country of a VAT number prefix (`EL` → `GR`), or null for anything else. */
export function countryOfVatPrefix(prefix: string): EuCountry | null {
  if (prefix === 'EL') return 'GR';
  if (prefix === 'GR') return null;
  return isEuCountry(prefix) ? prefix : null;
}
