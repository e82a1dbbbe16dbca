/**
 * `npm start`: runs the desktop app when the Electron binary is installed; otherwise serves the same
 * renderer and API from the embedded server so the app can be used in a browser.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const rendererDir = join(root, 'dist/renderer');

/** Runs a command from the repo root with inherited output; resolves to its exit code. */
function run(command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', forward);
      resolvePromise(code ?? (signal === null ? 1 : 128));
    });
  });
}

/**
 * Path of the Electron executable, or undefined when its binary was not downloaded. Reads the
 * package's path.txt (written by the download: Electron 41's postinstall, `npx install-electron` from
 * 42 on, where `require('electron')` would start a download).
 */
function electronBinary(): string | undefined {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined; // no electron package
  }
}

async function buildRendererIfMissing(): Promise<void> {
  if (existsSync(join(rendererDir, 'index.html'))) return;
  console.log('Building the renderer (dist/renderer is missing)...');
  const code = await run('npx', ['--no-install', 'vite', 'build', '--config', 'renderer/vite.config.ts']);
  if (code !== 0) throw new Error(`Renderer build failed (exit code ${code})`);
}

async function serveInBrowser(): Promise<void> {
  const { startServer } = await import('../server/start-server');
  const dataDir = process.env.ORDER_DESK_DATA_DIR ?? join(root, 'data/db');
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const databaseUrl = process.env.DATABASE_URL;
  const server = await startServer({
    port: Number(process.env.PORT ?? 4173),
    host: process.env.HOST ?? '127.0.0.1',
    dataDir,
    demo: true, // the seeder is idempotent: it only fills an empty database
    demoExceptions: true,
    ...(process.env.ORDER_DESK_DEMO_ORDERS ? { demoOrders: Number(process.env.ORDER_DESK_DEMO_ORDERS) } : {}),
    rendererDir,
    ...(databaseUrl ? { databaseUrl } : {}),
  });
  console.log(
    `Order Desk is running at ${server.url} — open it in a browser (Electron binary not installed: npm ci without ELECTRON_SKIP_BINARY_DOWNLOAD downloads it)`,
  );
  console.log('Demo logins: see README "Demo users". Press Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1); // a second Ctrl+C does not wait
    stopping = true;
    console.log(`\n${signal} received, stopping the server...`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * npm runs this script through `sh -c`, and on SIGTERM npm signals only that shell, which exits
 * without passing the signal on: the server (or Electron) would keep running and hold its port.
 * When the parent is gone (this process was re-parented), SIGTERM ourselves: the handlers above stop
 * the server or forward the signal to Electron.
 */
function terminateWhenOrphaned(): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
  }, 250);
  timer.unref();
}

async function main(): Promise<void> {
  terminateWhenOrphaned();
  await buildRendererIfMissing();
  if (electronBinary() === undefined) {
    await serveInBrowser();
    return;
  }
  // electron-vite preview builds main, preload and renderer into out/ and launches Electron on them.
  process.on('SIGINT', () => undefined); // Ctrl+C reaches Electron directly; wait for it to exit
  process.exitCode = await run('npx', ['--no-install', 'electron-vite', 'preview']);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
