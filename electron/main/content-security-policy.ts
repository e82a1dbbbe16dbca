import { originOf, type TrustedOrigins } from './trusted-origins';

/**
 * The app's Content-Security-Policy: scripts only from the app itself, network only to the configured
 * server. Development relaxes it only for vite's inline preamble and HMR.
 */
export function contentSecurityPolicy(trusted: TrustedOrigins): string {
  const dev = trusted.devRendererUrl === undefined ? undefined : new URL(trusted.devRendererUrl);
  const server = trusted.serverUrl === undefined ? undefined : originOf(trusted.serverUrl);
  const connect = ["'self'", ...(server === undefined ? [] : [server])];
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
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
