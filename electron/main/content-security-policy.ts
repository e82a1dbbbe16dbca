import type { TrustedOrigins } from './trusted-origins';

/** Builds the app's Content-Security-Policy; development relaxes it only for vite's inline preamble and HMR. */
export function contentSecurityPolicy(trusted: TrustedOrigins): string {
  const dev = trusted.devRendererUrl === undefined ? undefined : new URL(trusted.devRendererUrl);
  const connect = ["'self'", new URL(trusted.serverUrl).origin];
  const script = ["'self'"];
  if (dev !== undefined) {
    connect.push(`ws://${dev.host}`);
    script.push("'unsafe-inline'");
  }
  return [
    "default-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    `script-src ${script.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
