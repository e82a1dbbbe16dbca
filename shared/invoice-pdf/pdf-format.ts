/** Deterministic number formatting for invoice PDFs (no Intl: identical output on every device). */
export function formatAmount(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const units = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${units}.${String(abs % 100).padStart(2, '0')}`;
}

/** Amount with its currency code, e.g. `1,234.56 EUR`. */
export function formatMoneyWithCurrency(minor: number, currency: string): string {
  return `${formatAmount(minor)} ${currency}`;
}

/** A VAT rate as printed, e.g. `20 %`, `5.5 %`. */
export function formatRate(rate: number): string {
  return `${String(rate)} %`;
}

// prettier-ignore
const countryNames: Record<string, string> = {
  AT: 'Austria', BE: 'Belgium', BG: 'Bulgaria', CY: 'Cyprus', CZ: 'Czechia', DE: 'Germany', DK: 'Denmark',
  EE: 'Estonia', ES: 'Spain', FI: 'Finland', FR: 'France', GR: 'Greece', HR: 'Croatia', HU: 'Hungary',
  IE: 'Ireland', IT: 'Italy', LT: 'Lithuania', LU: 'Luxembourg', LV: 'Latvia', MT: 'Malta', NL: 'Netherlands',
  PL: 'Poland', PT: 'Portugal', RO: 'Romania', SE: 'Sweden', SI: 'Slovenia', SK: 'Slovakia',
  CH: 'Switzerland', GB: 'United Kingdom', NO: 'Norway', US: 'United States', IS: 'Iceland', LI: 'Liechtenstein',
};

/** English country name for an ISO code, the code itself when unknown (fixed table, not Intl). */
export function countryName(code: string): string {
  return countryNames[code] ?? code;
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
