import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** A central server process the test can stop and start again on the same database. */
export interface CentralServer {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../../..');

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`central server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`central server at ${url} did not answer within ${timeoutMs} ms`);
}

/**
 * The central server on its own port and origin (no renderer: workstations bring their own), on
 * PostgreSQL (a schema of its own) when DATABASE_URL is set, else on PGlite in `dataDir`.
 */
export function centralServer(options: {
  port: number;
  dataDir: string;
  schema: string;
  corsOrigins: string[];
  args?: string[];
  env?: Record<string, string>;
}): CentralServer {
  const url = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess | undefined;
  let output = '';
  const databaseArgs = process.env.DATABASE_URL
    ? ['--schema', options.schema]
    : ['--data-dir', options.dataDir];
  return {
    url,
    async start() {
      child = spawn(
        'npx',
        [
          'tsx',
          'server/main.ts',
          '--port',
          String(options.port),
          '--renderer',
          '/nonexistent',
          ...databaseArgs,
          ...(options.args ?? []),
        ],
        {
          cwd: root,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            ...process.env,
            ORDER_DESK_CORS_ORIGINS: options.corsOrigins.join(','),
            ORDER_DESK_LOGIN_RATE_LIMIT: '1000',
            ORDER_DESK_DEMO_EXCEPTIONS: '0',
            ...options.env,
          },
        },
      );
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      try {
        await waitForHealth(url, child, 120_000);
      } catch (error) {
        throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`, {
          cause: error,
        });
      }
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running?.pid || running.exitCode !== null) return;
      const exited = new Promise<void>((done) => running.once('exit', () => done()));
      process.kill(-running.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
      if (running.exitCode === null) process.kill(-running.pid, 'SIGKILL');
    },
  };
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** Serves dist/renderer on its own origin: the stand-in for the app's bundled files (no API here). */
export async function serveRenderer(port: number): Promise<{ url: string; close(): Promise<void> }> {
  const dir = join(root, 'dist/renderer');
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolve(dir, path === '/' ? 'index.html' : path.slice(1));
    if (!file.startsWith(dir + sep)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
    );
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
