import { countryOfVatPrefix, isEuCountry, vatPrefixOf } from './is-eu-country';
import type { EuCountry } from './is-eu-country';
import { vatChecksumValid } from './vat-checksum';

/** Format of the part after the two-letter prefix, per country (VAT.md). */
const formatByCountry: Record<EuCountry, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^[0-59]\d{7}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^[1-9]\d{8}$/,
  DK: /^\d{8}$/,
  EE: /^10\d{7}$/,
  GR: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(?:\d{7}[A-W][AH]?|\d[A-Z*+]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(?:\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^[1-9]\d{7}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^[1-9]\d{7}$/,
  SK: /^[1-9]\d[2346-9]\d{7}$/,
};

export interface VatNumberCheck {
  /** Format and country checksum valid (and, when a country was expected, issued by that country). */
  valid: boolean;
  /** Country of the prefix (`EL` → `GR`), null when the prefix is not an EU one. */
  country: EuCountry | null;
  /** Upper case, without spaces, dots and dashes, with its prefix. */
  normalized: string;
}

/** Strips spaces, dots and dashes and upper-cases a typed VAT number. */
export function normalizeVatNumber(input: string): string {
  return input.replace(/[\s.-]/g, '').toUpperCase();
}

/**
 * Offline check of an EU VAT number: format and the country's check digits where it has them (no VIES). When `expectedCountry` is given,
 * a number typed without prefix gets that country's prefix, and a number of another country is invalid.
 */
export function validateVatNumber(input: string, expectedCountry?: string): VatNumberCheck {
  let normalized = normalizeVatNumber(input);
  let country = countryOfVatPrefix(normalized.slice(0, 2));
  if (country === null && expectedCountry !== undefined && isEuCountry(expectedCountry)) {
    const prefixed = vatPrefixOf(expectedCountry) + normalized;
    if (formatByCountry[expectedCountry].test(normalized)) {
      normalized = prefixed;
      country = expectedCountry;
    }
  }
  if (country === null) return { valid: false, country: null, normalized };
  const body = normalized.slice(2);
  const formatOk = formatByCountry[country].test(body) && vatChecksumValid(country, body);
  const countryOk = expectedCountry === undefined || expectedCountry === country;
  return { valid: formatOk && countryOk, country, normalized };
}
