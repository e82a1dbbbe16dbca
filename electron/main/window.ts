import { BrowserWindow } from 'electron';
import { join } from 'node:path';

/** Where the window gets its page: the bundled renderer (app://orderdesk/) or the dev server. */
export interface MainWindowOptions {
  rendererUrl: string;
}

/** Path of the bundled preload; CommonJS because sandboxed preloads cannot be ES modules. */
function preloadPath(): string {
  return join(import.meta.dirname, '../preload/index.cjs');
}

/** Creates the hardened app window and loads the renderer into it. */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Order Desk',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  await window.loadURL(options.rendererUrl);
  return window;
}
