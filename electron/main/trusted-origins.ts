/** The origins the app window may show: the embedded server and, in development, the vite dev server. */
export interface TrustedOrigins {
  serverUrl: string;
  devRendererUrl?: string;
}

function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** True when the URL belongs to the embedded server or the development renderer. */
export function isTrustedUrl(url: string, trusted: TrustedOrigins): boolean {
  const origin = originOf(url);
  if (origin === undefined) return false;
  const allowed = [trusted.serverUrl, trusted.devRendererUrl ?? ''].map(originOf);
  return allowed.includes(origin);
}
