import type { InvoiceLanguage } from '../domain/invoicing/invoice-texts';

// prettier-ignore
const countryNames: Record<string, string> = {
  AT: 'Austria', BE: 'Belgium', BG: 'Bulgaria', CY: 'Cyprus', CZ: 'Czechia', DE: 'Germany', DK: 'Denmark',
  EE: 'Estonia', ES: 'Spain', FI: 'Finland', FR: 'France', GR: 'Greece', HR: 'Croatia', HU: 'Hungary',
  IE: 'Ireland', IT: 'Italy', LT: 'Lithuania', LU: 'Luxembourg', LV: 'Latvia', MT: 'Malta', NL: 'Netherlands',
  PL: 'Poland', PT: 'Portugal', RO: 'Romania', SE: 'Sweden', SI: 'Slovenia', SK: 'Slovakia',
  CH: 'Switzerland', GB: 'United Kingdom', NO: 'Norway', US: 'United States', IS: 'Iceland', LI: 'Liechtenstein',
};

// prettier-ignore
const countryNamesDe: Record<string, string> = {
  AT: 'Österreich', BE: 'Belgien', BG: 'Bulgarien', CY: 'Zypern', CZ: 'Tschechien', DE: 'Deutschland',
  DK: 'Dänemark', EE: 'Estland', ES: 'Spanien', FI: 'Finnland', FR: 'Frankreich', GR: 'Griechenland',
  HR: 'Kroatien', HU: 'Ungarn', IE: 'Irland', IT: 'Italien', LT: 'Litauen', LU: 'Luxemburg', LV: 'Lettland',
  MT: 'Malta', NL: 'Niederlande', PL: 'Polen', PT: 'Portugal', RO: 'Rumänien', SE: 'Schweden',
  SI: 'Slowenien', SK: 'Slowakei', CH: 'Schweiz', GB: 'Vereinigtes Königreich', NO: 'Norwegen',
  US: 'Vereinigte Staaten', IS: 'Island', LI: 'Liechtenstein',
};

/** Country name for an ISO code in the invoice language, the code itself when unknown (fixed table, not Intl). */
export function countryName(code: string, language: InvoiceLanguage = 'en'): string {
  return (language === 'de' ? countryNamesDe : countryNames)[code] ?? code;
}

/** 32 hex digits derived from `text` (FNV-1a, four lanes): a stable PDF file id. */
export function stableHexId(text: string): string {
  const lanes = [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x2b992ddf];
  return lanes
    .map((seed) => {
      let hash = seed >>> 0;
      for (let i = 0; i < text.length; i += 1) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      return hash.toString(16).padStart(8, '0');
    })
    .join('')
    .toUpperCase();
}

/** A PDF date string in UTC (`D:20260305100000+00'00'`) of an ISO date-time: the same on every device. */
export function pdfDate(iso: string): string {
  const date = new Date(iso);
  const two = (value: number): string => String(value).padStart(2, '0');
  return (
    `D:${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}` +
    `${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}+00'00'`
  );
}
