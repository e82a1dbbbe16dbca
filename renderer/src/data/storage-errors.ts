/** True for the browser's "storage is full" error, also when Dexie or RxDB wrap it. */
export function isQuotaExceeded(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return false;
    const { name, message } = current as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message))) return true;
    current =
      (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** A message a user can act on for an error thrown while storing on this device. */
export function deviceStorageFailureMessage(error: unknown): string {
  if (isQuotaExceeded(error))
    return 'This device is out of storage space (quota exceeded): free disk space, then retry. Commands already queued are kept.';
  return error instanceof Error ? error.message : String(error);
}
