import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcessOptions {
  port: number;
  dataDir: string;
  databaseUrl?: string | undefined;
  schema?: string | undefined;
  demoOrders: number;
}

/** A real server process (not in-process), so a test can SIGKILL it like a crash. */
export class ServerProcess {
  private child: ChildProcess | undefined;

  constructor(private readonly options: ServerProcessOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  async start(): Promise<void> {
    const { port, dataDir, databaseUrl, schema, demoOrders } = this.options;
    const args = [
      '--import',
      'tsx',
      'server/main.ts',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--demo',
      '--demo-orders',
      String(demoOrders),
    ];
    if (schema) args.push('--schema', schema);
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'error' };
    if (databaseUrl) env.DATABASE_URL = databaseUrl;
    else delete env.DATABASE_URL;
    this.child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`server exited with ${this.child.exitCode}`);
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

  /** Kills the process without warning (a crash or power loss of the server). */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
