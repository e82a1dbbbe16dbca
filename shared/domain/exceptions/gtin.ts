import { DomainError } from '../../errors';

/** Why a GTIN was refused. */
export type GtinRejection = 'empty' | 'invalid_characters' | 'invalid_length' | 'invalid_check_digit';

export type GtinResult = { ok: true; gtin14: string } | { ok: false; reason: GtinRejection; message: string };

const validLengths = new Set([8, 12, 13, 14]);

const messages: Record<GtinRejection, string> = {
  empty: 'GTIN is empty',
  invalid_characters: 'GTIN may contain only digits (spaces and hyphens are ignored)',
  invalid_length: 'GTIN must have 8, 12, 13 or 14 digits',
  invalid_check_digit: 'GTIN check digit is wrong',
};

/** GS1 check digit for the digits before it (weights 3,1,3,… from the right). */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Normalises a GTIN-8/12/13/14 to its 14-digit form (left-padded with zeros), so the GTIN-12 and
 * GTIN-13 spellings of one code compare equal. Spaces and hyphens are ignored; anything else is refused.
 */
export function normalizeGtin(input: string): GtinResult {
  const compact = input.replace(/[\s-]/g, '');
  if (compact === '') return reject('empty');
  if (!/^\d+$/.test(compact)) return reject('invalid_characters');
  if (!validLengths.has(compact.length)) return reject('invalid_length');
  const gtin14 = compact.padStart(14, '0');
  if (gs1CheckDigit(gtin14.slice(0, 13)) !== Number(gtin14.slice(13))) return reject('invalid_check_digit');
  return { ok: true, gtin14 };
}

/** Whether `input` is a valid GTIN-8/12/13/14. */
export function isValidGtin(input: string): boolean {
  return normalizeGtin(input).ok;
}

/** The 14-digit form of `input`, or BAD_INPUT naming `path` and the reason. */
export function normalizeGtinOrThrow(input: string, path = 'gtin'): string {
  const result = normalizeGtin(input);
  if (result.ok) return result.gtin14;
  throw new DomainError('BAD_INPUT', `Invalid GTIN "${input}": ${result.message}`, {
    issues: [{ path, message: result.message }],
    details: { reason: result.reason },
  });
}

/** The shortest conventional spelling for display: GTIN-13 (or GTIN-8 when it fits), else 14 digits. */
export function displayGtin(gtin14: string): string {
  if (gtin14.startsWith('000000') && gtin14.length === 14) return gtin14.slice(6);
  return gtin14.startsWith('0') ? gtin14.slice(1) : gtin14;
}

function reject(reason: GtinRejection): GtinResult {
  return { ok: false, reason, message: messages[reason] };
}
