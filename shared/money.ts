import { code as iso4217 } from 'currency-codes';

/** Rounds half away from zero to an integer (VAT.md rounding rule). */
export function roundHalfAwayFromZero(value: number): number {
  const rounded = Math.round(Math.abs(value) + Number.EPSILON * Math.abs(value));
  return value < 0 ? -rounded : rounded;
}

/** Exponent of codes ISO 4217 does not list (well-formed but unknown), as Intl.NumberFormat assumes. */
const UNKNOWN_CURRENCY_EXPONENT = 2;

/**
 * Decimal places of a currency's minor unit from ISO 4217 (the currency-codes package): EUR 2,
 * JPY 0, BHD and KWD 3. Amounts are stored as integers in these minor units.
 */
export function currencyExponent(currency: string): number {
  return iso4217(currency.toUpperCase())?.digits ?? UNKNOWN_CURRENCY_EXPONENT;
}

/** Integer minor units to major units: 12345 EUR → 123.45, 12345 JPY → 12345, 12345 BHD → 12.345. */
export function toMajorUnits(minor: number, currency: string): number {
  const exponent = currencyExponent(currency);
  return Number((Math.round(minor) / 10 ** exponent).toFixed(exponent));
}

/** Formats integer minor units for display, e.g. 123456 EUR → "€1,234.56", 1234 JPY → "¥1,234". */
export function formatMoney(minor: number, currency: string, locale = 'en-IE'): string {
  const digits = currencyExponent(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(toMajorUnits(minor, currency));
}

/** Major units as a plain decimal string with the currency's decimals: 12345 EUR → "123.45". */
export function formatMajorUnits(minor: number, currency: string): string {
  return toMajorUnits(minor, currency).toFixed(currencyExponent(currency));
}

/** An amount in major units (12.5 EUR) to integer minor units of the currency (1250), half away from zero. */
export function toMinorUnits(major: number, currency: string): number {
  return roundHalfAwayFromZero(major * 10 ** currencyExponent(currency));
}
