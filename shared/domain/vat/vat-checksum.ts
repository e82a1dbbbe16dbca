import type { EuCountry } from './is-eu-country';

/**
 * Check-digit algorithms of EU VAT numbers (the part after the prefix, format already checked).
 * Sources: the national rules as implemented by python-stdnum (eu.vat); countries without a simple
 * public checksum (BG, CY, IE, LT, LV) are format-checked only.
 */
type Checksum = (body: string) => boolean;

const digitsOf = (text: string): number[] => [...text].map(Number);

/** Σ digit × weight over the leading digits of `body`. */
function weightedSum(body: string, weights: readonly number[]): number {
  return digitsOf(body.slice(0, weights.length)).reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0);
}

/** Luhn (mod 10) over all digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (const [index, d] of digitsOf(digits).reverse().entries()) {
    const doubled = index % 2 === 1 ? d * 2 : d;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

/** ISO 7064 MOD 11,10 (DE, HR): the last digit checks the ones before. */
export function iso7064Mod11Of10Valid(digits: string): boolean {
  let product = 10;
  for (const d of digitsOf(digits.slice(0, -1))) {
    const sum = (d + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === Number(digits.at(-1));
}

/** Mod 11 with weights, where the remainder (or 11 − remainder) is the last digit. */
function mod11Check(body: string, weights: readonly number[], complement: boolean): boolean {
  const remainder = weightedSum(body, weights) % 11;
  const check = complement ? 11 - remainder : remainder;
  const normalized = check === 11 ? 0 : check;
  return normalized !== 10 && normalized === Number(body[weights.length]);
}

const austria: Checksum = (body) => {
  const d = digitsOf(body.slice(1));
  const double = (x: number): number => Math.floor(x / 5) + ((x * 2) % 10);
  const sum =
    (d[0] ?? 0) +
    double(d[1] ?? 0) +
    (d[2] ?? 0) +
    double(d[3] ?? 0) +
    (d[4] ?? 0) +
    double(d[5] ?? 0) +
    (d[6] ?? 0);
  return (10 - ((sum + 4) % 10)) % 10 === d[7];
};

const czechia: Checksum = (body) => {
  if (body.length === 8) {
    if (body.startsWith('9')) return true;
    return (11 - (weightedSum(body, [8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === Number(body[7]);
  }
  // Natural persons (birth numbers): the 10-digit ones are divisible by 11; 9-digit ones have no check.
  return body.length === 9 || Number(body) % 11 === 0;
};

const france: Checksum = (body) => {
  const siren = body.slice(2);
  if (!luhnValid(siren) && siren !== '000000000') return false;
  const key = body.slice(0, 2);
  if (!/^\d\d$/.test(key)) return true; // new-style alphanumeric keys: format only
  return Number(key) === (12 + 3 * (Number(siren) % 97)) % 97;
};

const spainLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';
const spain: Checksum = (body) => {
  const first = body.charAt(0);
  const last = body.charAt(8);
  if (/\d/.test(first) || 'XYZ'.includes(first)) {
    const number = 'XYZ'.includes(first) ? String('XYZ'.indexOf(first)) + body.slice(1, 8) : body.slice(0, 8);
    return spainLetters.charAt(Number(number) % 23) === last;
  }
  if ('KLM'.includes(first)) return spainLetters.charAt(Number(body.slice(1, 8)) % 23) === last;
  // Legal entities (CIF): Luhn-style sum over the seven digits; the check is a digit or a letter.
  const digits = digitsOf(body.slice(1, 8));
  const sum = digits.reduce(
    (acc, d, i) => acc + (i % 2 === 0 ? Math.floor((d * 2) / 10) + ((d * 2) % 10) : d),
    0,
  );
  const check = (10 - (sum % 10)) % 10;
  return last === String(check) || last === 'JABCDEFGHI'.charAt(check);
};

const slovenia: Checksum = (body) => {
  const check = 11 - (weightedSum(body, [8, 7, 6, 5, 4, 3, 2]) % 11);
  return check !== 11 && check % 10 === Number(body[7]);
};

const netherlands: Checksum = (body) => {
  const digits = body.slice(0, 9);
  const mod11 = weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2]) % 11 === Number(digits[8]);
  // Sole proprietors' numbers since 2020: ISO 7064 MOD 97-10 over "NL" + number (N=23, L=21, B=11).
  const numeric = `2321${body.replace('B', '11')}`;
  const mod97 = BigInt(numeric) % 97n === 1n;
  return mod11 || mod97;
};

const greece: Checksum = (body) => {
  const sum = digitsOf(body.slice(0, 8)).reduce((acc, d, i) => acc + d * 2 ** (8 - i), 0);
  return (sum % 11) % 10 === Number(body[8]);
};

const romania: Checksum = (body) => {
  const padded = body.padStart(10, '0');
  const sum = weightedSum(padded, [7, 5, 3, 2, 1, 7, 5, 3, 2]);
  return ((sum * 10) % 11) % 10 === Number(padded[9]);
};

export const checksumByCountry: Partial<Record<EuCountry, Checksum>> = {
  AT: austria,
  BE: (body) => 97 - (Number(body.slice(0, 8)) % 97) === Number(body.slice(8)),
  CZ: czechia,
  DE: iso7064Mod11Of10Valid,
  DK: (body) => weightedSum(body, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  EE: (body) => (10 - (weightedSum(body, [3, 7, 1, 3, 7, 1, 3, 7]) % 10)) % 10 === Number(body[8]),
  ES: spain,
  FI: (body) => weightedSum(body, [7, 9, 10, 5, 8, 4, 2, 1]) % 11 === 0,
  FR: france,
  GR: greece,
  HR: iso7064Mod11Of10Valid,
  HU: (body) => weightedSum(body, [9, 7, 3, 1, 9, 7, 3, 1]) % 10 === 0,
  IT: (body) => luhnValid(body) && Number(body.slice(7, 10)) > 0,
  LU: (body) => Number(body.slice(0, 6)) % 89 === Number(body.slice(6)),
  MT: (body) => weightedSum(body, [3, 4, 6, 7, 8, 9, 10, 1]) % 37 === 0,
  NL: netherlands,
  PL: (body) => mod11Check(body, [6, 5, 7, 2, 3, 4, 5, 6, 7], false),
  PT: (body) =>
    mod11Check(body, [9, 8, 7, 6, 5, 4, 3, 2], true) ||
    (11 - (weightedSum(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11) === 10 && body[8] === '0'),
  RO: romania,
  SE: (body) => luhnValid(body.slice(0, 10)),
  SI: slovenia,
  SK: (body) => BigInt(body) % 11n === 0n,
};

/** True when the country has a checksum and `body` (after the prefix) passes it, or has none. */
export function vatChecksumValid(country: EuCountry, body: string): boolean {
  const checksum = checksumByCountry[country];
  return checksum === undefined || checksum(body);
}
