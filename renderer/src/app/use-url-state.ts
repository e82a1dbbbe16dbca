import { useCallback, useEffect, useRef, useState } from 'react';

/** A search-param slice as one comparable string (keys sorted, empty values left out). */
export function searchKey(slice: Record<string, unknown>): string {
  const entries = Object.entries(slice)
    .filter(([, value]) => value !== undefined && value !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

/**
 * State that lives in the URL's search params but renders from memory: a change shows at once (a
 * controlled input keeps its caret while the router commits the URL), and the URL follows. A URL
 * change that is not one of our own writes (back/forward, a link to other filters) replaces the state.
 */
export function useUrlState<T extends Record<string, unknown>>(
  fromUrl: T,
  writeUrl: (next: T) => void,
): [T, (next: T) => void] {
  const key = searchKey(fromUrl);
  const [value, setValue] = useState(fromUrl);
  const seen = useRef(key);
  const pending = useRef<string[]>([]);
  const latest = useRef(fromUrl);
  latest.current = fromUrl;
  useEffect(() => {
    if (key === seen.current) return;
    seen.current = key;
    const own = pending.current.indexOf(key);
    if (own >= 0) {
      pending.current.splice(0, own + 1);
      return;
    }
    pending.current = [];
    setValue(latest.current);
  }, [key]);
  const set = useCallback(
    (next: T) => {
      setValue(next);
      const nextKey = searchKey(next);
      if (nextKey === (pending.current.at(-1) ?? seen.current)) return;
      pending.current.push(nextKey);
      writeUrl(next);
    },
    [writeUrl],
  );
  return [value, set];
}
