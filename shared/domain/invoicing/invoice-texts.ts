/** Languages invoice documents are printed in; any other setting prints English. */
export type InvoiceLanguage = 'de' | 'en';

/** `de`, `de-AT`, `de-CH` print German; everything else English. */
export function invoiceLanguageOf(language: string | null | undefined): InvoiceLanguage {
  return language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Dates as printed: German `05.03.2026`, English ISO `2026-03-05` (unambiguous across the EU). */
export function formatInvoiceDate(isoDate: string, language: InvoiceLanguage): string {
  if (language === 'en') return isoDate;
  const [year, month, day] = isoDate.split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}

/**
 * Amounts as printed (no Intl: identical on every device): German `1.234,56`, English `1,234.56`.
 */
export function formatInvoiceAmount(minor: number, language: InvoiceLanguage): string {
  const [group, decimal] = language === 'de' ? ['.', ','] : [',', '.'];
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const units = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${units}${decimal}${String(abs % 100).padStart(2, '0')}`;
}

/** A VAT rate as printed: `20 %`, `5.5 %` / `5,5 %`. */
export function formatInvoiceRate(rate: number, language: InvoiceLanguage): string {
  const text = String(rate);
  return `${language === 'de' ? text.replace('.', ',') : text} %`;
}

/** The legal mentions (Art. 226 (11), (11a), Art. 219/226b) in each language. */
export const legalTexts = {
  en: {
    reverseCharge: 'Reverse charge',
    intraCommunity: 'Exempt intra-Community supply – Art. 138 Directive 2006/112/EC',
    export: 'Export – exempt, Art. 146 Directive 2006/112/EC',
    supplierVat: 'Supplier VAT number',
    customerVat: 'Customer VAT number',
    corrects: (number: string, date: string) => `Credit note correcting invoice ${number} of ${date}`,
    supplyDate: 'Date of supply',
    shipping: 'Shipping',
  },
  de: {
    reverseCharge: 'Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)',
    intraCommunity:
      'Steuerfreie innergemeinschaftliche Lieferung – Art. 138 Richtlinie 2006/112/EG (§ 4 Nr. 1 b, § 6a UStG)',
    export: 'Steuerfreie Ausfuhrlieferung – Art. 146 Richtlinie 2006/112/EG (§ 4 Nr. 1 a, § 6 UStG)',
    supplierVat: 'USt-IdNr. des Lieferers',
    customerVat: 'USt-IdNr. des Leistungsempfängers',
    corrects: (number: string, date: string) => `Rechnungskorrektur zur Rechnung ${number} vom ${date}`,
    supplyDate: 'Lieferdatum',
    shipping: 'Versand',
  },
} as const satisfies Record<InvoiceLanguage, unknown>;
