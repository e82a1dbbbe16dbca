import { BrowserWindow, app, dialog, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appOrigin, handleAppProtocol, registerAppScheme } from './app-protocol';
import { contentSecurityPolicy } from './content-security-policy';
import { registerAppInfoIpc } from './ipc/app-info';
import { registerPrintIpc } from './ipc/print';
import { registerSaveFileIpc } from './ipc/save-file';
import { registerWorkstationIpc } from './ipc/workstation';
import { blockNavigation, hardenSession, type TrustedOrigins } from './security';
import { createMainWindow } from './window';
import { Workstation } from './workstation';
import { decideLaunchMode, loadStoredConfig } from './workstation-config';

let workstation: Workstation | undefined;
let mainWindow: BrowserWindow | undefined;

/** The bundled renderer: electron-vite's out/renderer next to out/main, else the standalone dist/renderer. */
function findRendererDir(): string {
  const candidates = [join(import.meta.dirname, '../renderer'), join(app.getAppPath(), 'dist/renderer')];
  const found = candidates.find((dir) => existsSync(join(dir, 'index.html')));
  if (found === undefined)
    throw new Error(`The app's renderer files are missing (looked in ${candidates.join(', ')})`);
  return found;
}

async function openMainWindow(trusted: TrustedOrigins): Promise<void> {
  mainWindow = await createMainWindow({ rendererUrl: trusted.devRendererUrl ?? `${appOrigin}/` });
  mainWindow.on('closed', () => (mainWindow = undefined));
}

async function boot(): Promise<void> {
  const devRendererUrl = process.env.ELECTRON_RENDERER_URL;
  const trusted: TrustedOrigins = {
    appOrigin,
    serverUrl: undefined,
    ...(devRendererUrl === undefined ? {} : { devRendererUrl }),
  };
  // The renderer always comes from the app's own files, so it starts with the server unreachable.
  if (devRendererUrl === undefined)
    handleAppProtocol(findRendererDir(), () => contentSecurityPolicy(trusted));
  workstation = new Workstation(trusted, { demo: process.argv.includes('--demo'), devRendererUrl });
  const mode = decideLaunchMode(await loadStoredConfig(Workstation.configFile()), process.env, process.argv);
  await workstation.launch(mode);
  hardenSession(session.defaultSession, trusted);
  blockNavigation(trusted);
  registerAppInfoIpc(trusted);
  registerWorkstationIpc(trusted, workstation);
  registerPrintIpc(trusted);
  registerSaveFileIpc(trusted);
  await openMainWindow(trusted);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openMainWindow(trusted);
  });
}

function fail(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  dialog.showErrorBox('Order Desk could not start', message);
  app.exit(1);
}

app.enableSandbox();
registerAppScheme();

// One instance only: a second one would open the same local data (and the same standalone database).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    const running = workstation;
    if (running === undefined) return;
    workstation = undefined;
    event.preventDefault();
    void running.stopEmbedded().finally(() => app.quit());
  });
  app.whenReady().then(boot).catch(fail);
}
