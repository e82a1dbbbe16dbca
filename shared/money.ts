/** Rounds half away from zero to an integer (VAT.md rounding rule). */
export function roundHalfAwayFromZero(value: number): number {
  const rounded = Math.round(Math.abs(value) + Number.EPSILON * Math.abs(value));
  return value < 0 ? -rounded : rounded;
}

/** Formats integer minor units for display, e.g. 123456 EUR → "€1,234.56". */
export function formatMoney(minor: number, currency: string, locale = 'en-IE'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100);
}
