/**
 * What the app trusts: its own pages (the bundled renderer at `app://orderdesk`, or the vite dev server
 * in development) and the server it talks to. Main updates `serverUrl` in place when the setting changes.
 */
export interface TrustedOrigins {
  /** Origin of the bundled renderer, e.g. app://orderdesk. */
  appOrigin: string;
  /** The central server (or the embedded one in standalone mode); undefined before setup. */
  serverUrl: string | undefined;
  devRendererUrl?: string;
}

/** scheme://host[:port] of a URL; also for custom schemes, whose WHATWG origin is "null". */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return undefined;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/** True when the URL is a page of the app itself: the bundled renderer or the development renderer. */
export function isTrustedUrl(url: string, trusted: TrustedOrigins): boolean {
  const origin = originOf(url);
  if (origin === undefined) return false;
  const pages = [trusted.appOrigin, trusted.devRendererUrl].flatMap((value) =>
    value === undefined ? [] : [originOf(value)],
  );
  return pages.includes(origin);
}
