import type { ServerUrlSource } from '../../../shared/desktop-api';
import { checkServer, serverUrlSchema, type ServerCheck } from '../../../shared/server-connection';

/** The workstation's server setting as the renderer sees it. */
export interface ServerSetting {
  /** Base URL of the central server; undefined until the connect screen set one. */
  serverUrl: string | undefined;
  source: ServerUrlSource | 'browser';
  /** ORDER_DESK_SERVER_URL decides: the user cannot change the server here. */
  locked: boolean;
  /** Default workstation name (the computer's host name in the desktop app). */
  hostname: string;
}

const SERVER_URL = 'orderdesk.server-url';
let current: ServerSetting = { serverUrl: undefined, source: 'none', locked: false, hostname: 'Workstation' };

/** Base URL of the server the renderer talks to (set by `loadServerSetting`). */
export function serverUrl(): string {
  return current.serverUrl ?? window.location.origin;
}

export function serverSetting(): ServerSetting {
  return current;
}

function browserHostname(): string {
  return window.location.hostname && window.location.hostname !== '127.0.0.1'
    ? `Browser on ${window.location.hostname}`
    : 'Browser workstation';
}

/**
 * Reads the setting once at start: the desktop app's config file (through the preload), else this
 * browser's stored choice, else the page's own origin when the page is served by an Order Desk server.
 */
export async function loadServerSetting(): Promise<ServerSetting> {
  const desktop = window.orderDesk;
  if (desktop) {
    const config = await desktop.workstationConfig();
    current = {
      serverUrl: config.serverUrl ?? undefined,
      source: config.source,
      locked: config.source === 'env',
      hostname: config.hostname,
    };
    return current;
  }
  const stored = serverUrlSchema.safeParse(localStorage.getItem(SERVER_URL));
  let serverUrl = stored.success ? stored.data : undefined;
  if (serverUrl === undefined && window.location.protocol.startsWith('http')) {
    const own = await checkServer(window.location.origin, fetch, 3000);
    if (own.ok) {
      serverUrl = own.serverUrl;
      localStorage.setItem(SERVER_URL, serverUrl);
    }
  }
  current = { serverUrl, source: 'browser', locked: false, hostname: browserHostname() };
  return current;
}

/** "Test connection" (in the desktop app main asks, since the page's CSP admits only the saved server). */
export function testServer(url: string): Promise<ServerCheck> {
  return window.orderDesk ? window.orderDesk.checkServer(url) : checkServer(url);
}

/** Stores a new central server URL (the caller has wiped the previous server's local copy). */
export async function saveServerUrl(url: string): Promise<ServerSetting> {
  const serverUrl = serverUrlSchema.parse(url);
  if (window.orderDesk) {
    const config = await window.orderDesk.setWorkstationConfig({ mode: 'server', serverUrl });
    current = { ...current, serverUrl: config.serverUrl ?? undefined, source: config.source };
  } else {
    localStorage.setItem(SERVER_URL, serverUrl);
    current = { ...current, serverUrl };
  }
  return current;
}

/** Desktop only: this computer is the server (starts the embedded server on its own database). */
export async function runServerOnThisComputer(firstAdmin?: {
  email: string;
  password: string;
}): Promise<ServerSetting> {
  const desktop = window.orderDesk;
  if (!desktop) throw new Error('Only the desktop app can run the server itself');
  const config = await desktop.setWorkstationConfig({
    mode: 'standalone',
    ...(firstAdmin === undefined ? {} : { firstAdmin }),
  });
  current = { ...current, serverUrl: config.serverUrl ?? undefined, source: config.source };
  return current;
}

/** Forgets the stored choice (browser), so the connect screen asks again. */
export function forgetServerUrl(): void {
  if (!window.orderDesk) localStorage.removeItem(SERVER_URL);
  current = { ...current, serverUrl: undefined };
}
