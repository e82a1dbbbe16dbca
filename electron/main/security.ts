import { app, shell, type IpcMainInvokeEvent, type Session } from 'electron';
import { contentSecurityPolicy } from './content-security-policy';
import { isTrustedUrl, type TrustedOrigins } from './trusted-origins';

export type { TrustedOrigins } from './trusted-origins';

/**
 * Sends the CSP with every page of the app (built from the current server URL, so it follows a changed
 * setting) and denies every permission (camera, notifications, geolocation...).
 */
export function hardenSession(session: Session, trusted: TrustedOrigins): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    // Only the app's own pages get our policy; built-in pages such as the PDF viewer keep theirs.
    if (!isTrustedUrl(details.url, trusted)) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({
      responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy(trusted)] },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Blocks navigation away from the app, new windows (https links go to the system browser) and webviews. */
export function blockNavigation(trusted: TrustedOrigins): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url, trusted)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedUrl(url, trusted)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

/** Rejects IPC calls that do not come from a page of the app itself. */
export function assertTrustedSender(event: IpcMainInvokeEvent, trusted: TrustedOrigins): void {
  const url = event.senderFrame?.url ?? '';
  if (!isTrustedUrl(url, trusted)) throw new Error(`IPC call from an untrusted page: ${url || 'unknown'}`);
}
