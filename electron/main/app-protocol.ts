import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { appHost, appScheme } from '../../shared/desktop-api';

/** The origin the bundled renderer is served from (`app://orderdesk`). */
export const appOrigin = `${appScheme}://${appHost}`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

/**
 * Must run before `app.whenReady`: makes `app://` a standard, secure origin with fetch, so the renderer
 * gets its own stable origin (IndexedDB, localStorage) that does not depend on any server.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** The file under `rendererDir` a request names, or undefined when it is not ours or leaves the folder. */
export function bundledFilePath(rendererDir: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const root = resolve(rendererDir);
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = resolve(root, relative);
  return file.startsWith(root + sep) ? file : undefined;
}

/** Answers one `app://` request from the bundled files (pages with the CSP): 404 for anything outside them. */
export async function serveBundledFile(
  rendererDir: string,
  request: Request,
  policy: () => string = () => "default-src 'self'",
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const file = bundledFilePath(rendererDir, request.url);
  if (file === undefined) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    if (type.startsWith('text/html')) headers['content-security-policy'] = policy();
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Serves the renderer through `app://orderdesk/` (call after `app.whenReady`); the CSP is read per page load. */
export function handleAppProtocol(rendererDir: string, policy: () => string): void {
  protocol.handle(appScheme, (request) => serveBundledFile(rendererDir, request, policy));
}
