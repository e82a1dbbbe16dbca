/**
 * PostgreSQL text and jsonb cannot hold U+0000; the path (`a.b.0`) of the first string or key
 * containing it, so callers can refuse the input as BAD_INPUT instead of failing with a 500.
 */
export function findUnstorableText(value: unknown, path: readonly string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, key];
    if (key.includes('\u0000')) return childPath.join('.');
    const found = findUnstorableText(child, childPath);
    if (found !== undefined) return found;
  }
  return undefined;
}
