import { text, type XmlElement } from './xml-node';

/** Integer cents as a CII amount with two decimals, e.g. 1234 → "12.34", -5 → "-0.05". */
export function ciiAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const units = Math.floor(absolute / 100);
  const rest = String(absolute % 100).padStart(2, '0');
  return `${sign}${units}.${rest}`;
}

/** A VAT rate in percent without trailing zeros, e.g. 19 → "19", 5.5 → "5.5". */
export function ciiPercent(rate: number): string {
  return String(Math.round(rate * 100) / 100);
}

/** `YYYY-MM-DD` in the CII date format 102 (`YYYYMMDD`). */
export function ciiDate102(isoDate: string): string {
  return isoDate.slice(0, 10).replace(/-/g, '');
}

/** `<name><udt:DateTimeString format="102">…</udt:DateTimeString></name>` */
export function ciiDateElement(name: string, isoDate: string, prefix: 'udt' | 'qdt' = 'udt'): XmlElement {
  return {
    name,
    attributes: {},
    content: [text(`${prefix}:DateTimeString`, ciiDate102(isoDate), { format: '102' })],
  };
}
