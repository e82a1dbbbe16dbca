import { BrowserWindow, app, dialog, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../server/start-server';
import { choosePort } from './free-port';
import { registerAppInfoIpc } from './ipc/app-info';
import { registerPrintIpc } from './ipc/print';
import { registerSaveFileIpc } from './ipc/save-file';
import { blockNavigation, hardenSession, type TrustedOrigins } from './security';
import { createMainWindow } from './window';

type EmbeddedServer = Awaited<ReturnType<typeof startServer>>;

// A stable port keeps the renderer's origin, and with it the offline IndexedDB database, across launches.
const preferredPort = Number(process.env.ORDER_DESK_PORT ?? 47813);

let server: EmbeddedServer | undefined;
let mainWindow: BrowserWindow | undefined;

/** The built renderer: electron-vite's out/renderer next to out/main, else the standalone dist/renderer. */
function findRendererDir(): string | undefined {
  const candidates = [join(import.meta.dirname, '../renderer'), join(app.getAppPath(), 'dist/renderer')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

/** Starts the server on PGlite in the user's data folder, seeding demo data on the very first run. */
async function startEmbeddedServer(devRendererUrl: string | undefined): Promise<EmbeddedServer> {
  const host = '127.0.0.1';
  const dataDir = join(app.getPath('userData'), 'db');
  const rendererDir = findRendererDir();
  return startServer({
    host,
    port: await choosePort(preferredPort, host),
    dataDir,
    demo: !existsSync(dataDir),
    demoExceptions: true,
    ...(rendererDir === undefined ? {} : { rendererDir }),
    ...(devRendererUrl === undefined ? {} : { corsOrigins: [new URL(devRendererUrl).origin] }),
  });
}

async function openMainWindow(trusted: TrustedOrigins): Promise<void> {
  mainWindow = await createMainWindow({
    rendererUrl: trusted.devRendererUrl ?? trusted.serverUrl,
    serverUrl: trusted.serverUrl,
  });
  mainWindow.on('closed', () => (mainWindow = undefined));
}

async function boot(): Promise<void> {
  const devRendererUrl = process.env.ELECTRON_RENDERER_URL;
  server = await startEmbeddedServer(devRendererUrl);
  const trusted: TrustedOrigins = {
    serverUrl: server.url,
    ...(devRendererUrl === undefined ? {} : { devRendererUrl }),
  };
  hardenSession(session.defaultSession, trusted);
  blockNavigation(trusted);
  registerAppInfoIpc(trusted);
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

// One instance only: a second one would open the same embedded database.
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
    const running = server;
    if (running === undefined) return;
    server = undefined;
    event.preventDefault();
    void running.close().finally(() => app.quit());
  });
  app.whenReady().then(boot).catch(fail);
}
