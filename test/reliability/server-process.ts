import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcessOptions {
  port: number;
  dataDir: string;
  databaseUrl?: string | undefined;
  schema?: string | undefined;
  /** Seeds the demo store into an empty database (`--demo`); default true. */
  demo?: boolean;
  demoOrders?: number;
  /** Extra environment (e.g. ORDER_DESK_ADMIN_EMAIL). */
  env?: Record<string, string>;
}

/** Whether the process is gone (a process killed by a signal has a signalCode and no exitCode). */
function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** A real server process (not in-process), so a test can SIGKILL it like a crash. */
export class ServerProcess {
  private child: ChildProcess | undefined;
  private stderr = '';

  constructor(private readonly options: ServerProcessOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  /** What the process wrote to stderr (also passed through to the test's stderr). */
  get errorOutput(): string {
    return this.stderr;
  }

  private spawnServer(): ChildProcess {
    const { port, dataDir, databaseUrl, schema, demo = true, demoOrders } = this.options;
    const args = ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--data-dir', dataDir];
    if (demo) args.push('--demo');
    if (demoOrders !== undefined) args.push('--demo-orders', String(demoOrders));
    if (schema) args.push('--schema', schema);
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'error', ...this.options.env };
    if (databaseUrl) env.DATABASE_URL = databaseUrl;
    else delete env.DATABASE_URL;
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    this.stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
      process.stderr.write(chunk);
    });
    return child;
  }

  async start(): Promise<void> {
    const child = this.spawnServer();
    this.child = child;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        const response = await fetch(`${this.url}/api/v1/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('server did not start in time');
  }

  /** Starts a process that is expected to refuse to start; resolves with its exit code and stderr. */
  async startExpectingExit(): Promise<{ code: number | null; stderr: string }> {
    const child = this.spawnServer();
    this.child = child;
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { code, stderr: this.stderr };
  }

  /** Kills the process without warning (a crash or power loss of the server). */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || hasExited(child)) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || hasExited(child)) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
