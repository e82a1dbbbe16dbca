import type { ErrorIssue } from './errors';

/**
 * Longest string any input may carry (1 MiB of UTF-16 code units). Declared fields are far shorter
 * (notes 5,000, an invoice logo data URL 700,000); this also bounds `unknown` payloads.
 */
export const MAX_TEXT_LENGTH = 1024 * 1024;

/** NUL (PostgreSQL text and jsonb cannot hold it) or a UTF-16 surrogate without its partner. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const invalidCharacter = /[\u0000\uD800-\uDFFF]/u;

function textIssue(text: string, path: readonly string[]): ErrorIssue | undefined {
  const where = path.join('.');
  if (text.length > MAX_TEXT_LENGTH)
    return { path: where, message: `Text longer than ${MAX_TEXT_LENGTH} characters` };
  const found = invalidCharacter.exec(text)?.[0];
  if (found === undefined) return undefined;
  return {
    path: where,
    message:
      found === '\u0000'
        ? 'NUL characters (U+0000) are not allowed'
        : 'Not valid Unicode text (unpaired UTF-16 surrogate)',
  };
}

/**
 * The first string or object key in `value` that is not valid Unicode text (NUL, an unpaired
 * surrogate) or is longer than MAX_TEXT_LENGTH, with its path (`a.b.0`); undefined when all is text.
 */
export function findInvalidText(value: unknown, path: readonly string[] = []): ErrorIssue | undefined {
  if (typeof value === 'string') return textIssue(value, path);
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, key];
    const found = textIssue(key, childPath) ?? findInvalidText(child, childPath);
    if (found !== undefined) return found;
  }
  return undefined;
}
