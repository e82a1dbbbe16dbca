import { useMemo } from 'react';
import { localeOf, type Language } from './languages';
import { useLanguage } from './language-preference';

/** Money, numbers and dates in one language's conventions (Intl), money always from minor units. */
export interface Formatters {
  locale: string;
  /** 123456 EUR → "1.234,56 €" (de) / "€1,234.56" (en). */
  money: (minor: number, currency: string) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  percent: (value: number) => string;
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  /** A country's name from its ISO 3166-1 code (unknown codes stay as given). */
  country: (code: string) => string;
}

/** Digits after the decimal point of a currency (EUR 2, JPY 0), so minor units stay exact. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** Minor units (cents) to the currency's major units: 12390 EUR → 123.9. */
export function toMajorUnits(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

/**
 * What a user typed as an amount ("123,90", "1.234,5", "123.90", "€ 12") to minor units, or
 * undefined when it is not an amount. A single separator followed by one or two digits is the
 * decimal mark; other separators group thousands.
 */
export function parseMoneyInput(text: string, currency: string): number | undefined {
  const cleaned = text.replace(/[^\d.,-]/g, '');
  if (!/\d/.test(cleaned) || /-/.test(cleaned.slice(1))) return undefined;
  const digits = minorDigits(currency);
  const decimal = /[.,](\d{1,2})$/.exec(cleaned);
  const whole = (decimal ? cleaned.slice(0, decimal.index) : cleaned).replace(/[.,]/g, '');
  const fraction = (decimal?.[1] ?? '').padEnd(digits, '0').slice(0, digits);
  if (!/^-?\d*$/.test(whole) || (decimal && digits === 0)) return undefined;
  const value = Number(`${whole === '' || whole === '-' ? `${whole}0` : whole}${fraction}`);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Minor units as a plain number for an input field in the user's locale: 12390 → "123,90" (de). */
export function moneyInputValue(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(toMajorUnits(minor, currency));
}

/** The formatters of one language. */
export function formattersFor(language: Language): Formatters {
  const locale = localeOf[language];
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const countries = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return {
    locale,
    money: (minor, currency) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(toMajorUnits(minor, currency)),
    number: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    percent: (value) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value),
    date: (iso) => dateFormat.format(new Date(iso)),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    country: (code) => {
      try {
        return countries.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** The formatters of the language shown now. */
export function useFormat(): Formatters {
  const language = useLanguage();
  return useMemo(() => formattersFor(language), [language]);
}
