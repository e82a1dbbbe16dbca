import type { VatCategory } from '../../schemas/common';
import type { EuCountry } from './is-eu-country';

/**
 * EU VAT rates in percent — the one place to update when rates change.
 * Source: European Commission TEDB (Taxes in Europe Database), snapshot of 2026-02-27, as copied
 * into spec/VAT.md.
 *
 * Category mapping (VAT.md):
 * - `reduced` = the first reduced rate listed for the country (e.g. DE 7, FR 5.5, LU 8);
 * - `super_reduced` = the bracketed super-reduced rate where the country has one, else the lowest
 *   reduced rate;
 * - `zero` = 0.
 * Denmark has no reduced rate: `reduced` and `super_reduced` fall back to the standard rate, because
 * a product sold in DK is taxed at the only rate that exists there (never silently at 0 %).
 */
interface CountryRates {
  standard: number;
  /** Reduced rates in the order TEDB lists them. */
  reduced: readonly number[];
  superReduced?: number;
}

const countryRates: Record<EuCountry, CountryRates> = {
  AT: { standard: 20, reduced: [10, 13] },
  BE: { standard: 21, reduced: [6, 12] },
  BG: { standard: 20, reduced: [9] },
  CY: { standard: 19, reduced: [5, 9], superReduced: 3 },
  CZ: { standard: 21, reduced: [12] },
  DE: { standard: 19, reduced: [7] },
  DK: { standard: 25, reduced: [] },
  EE: { standard: 24, reduced: [9, 13] },
  ES: { standard: 21, reduced: [10], superReduced: 4 },
  FI: { standard: 25.5, reduced: [10, 13.5] },
  FR: { standard: 20, reduced: [5.5, 10], superReduced: 2.1 },
  GR: { standard: 24, reduced: [6, 13], superReduced: 4 },
  HR: { standard: 25, reduced: [5, 13] },
  HU: { standard: 27, reduced: [5, 18] },
  IE: { standard: 23, reduced: [9, 13.5] },
  IT: { standard: 22, reduced: [5, 10], superReduced: 4 },
  LT: { standard: 21, reduced: [5, 12] },
  LU: { standard: 17, reduced: [8, 14], superReduced: 3 },
  LV: { standard: 21, reduced: [5, 12] },
  MT: { standard: 18, reduced: [5, 7] },
  NL: { standard: 21, reduced: [9] },
  PL: { standard: 23, reduced: [5, 8] },
  PT: { standard: 23, reduced: [6, 13] },
  RO: { standard: 21, reduced: [11] },
  SE: { standard: 25, reduced: [6, 12] },
  SI: { standard: 22, reduced: [5, 9.5] },
  SK: { standard: 23, reduced: [5, 19] },
};

/** Date of the rate snapshot, shown wherever rates are explained. */
export const vatRatesSnapshotDate = '2026-02-27';

/** The VAT rate (percent) of `category` in EU country `country`. */
export function vatRateFor(country: EuCountry, category: VatCategory): number {
  const rates = countryRates[country];
  switch (category) {
    case 'standard':
      return rates.standard;
    case 'reduced':
      return rates.reduced[0] ?? rates.standard;
    case 'super_reduced':
      return rates.superReduced ?? (rates.reduced.length > 0 ? Math.min(...rates.reduced) : rates.standard);
    case 'zero':
      return 0;
  }
}

/** Every rate a country uses (standard, reduced, super-reduced, zero), for validation and tests. */
export function allRatesOf(country: EuCountry): number[] {
  const rates = countryRates[country];
  return [
    rates.standard,
    ...rates.reduced,
    ...(rates.superReduced === undefined ? [] : [rates.superReduced]),
    0,
  ];
}
