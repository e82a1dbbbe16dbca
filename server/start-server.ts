import { mkdirSync } from 'node:fs';
import { openDatabase } from './db/sql-client';
import { migrate } from './db/migrations';
import { ChangeFeed } from './sync/change-feed';
import { seedDemo } from './demo/seed-demo';
import { seedDemoMarketplaceOrders } from './demo/seed-demo-marketplace';
import { ensureDemoInvoiceSettings } from './services/invoicing/invoice-settings-store';
import { buildApp } from './build-app';
import type { AppContext } from './services/app-context';

export interface StartServerOptions {
  port?: number;
  host?: string;
  /** Folder for PGlite, or 'memory'. Ignored when databaseUrl is set. */
  dataDir?: string;
  databaseUrl?: string;
  /** PostgreSQL schema of its own (tests). */
  schema?: string;
  demo?: boolean;
  demoOrders?: number;
  /** With demo: also import a few marketplace orders with unmatched GTINs (a non-empty exception queue). */
  demoExceptions?: boolean;
  rendererDir?: string;
  corsOrigins?: string[];
  logLevel?: string;
}

export interface RunningServer {
  url: string;
  app: AppContext;
  close(): Promise<void>;
}

/** Opens the database, migrates, optionally seeds demo data, and listens. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  if (!options.databaseUrl && options.dataDir && options.dataDir !== 'memory')
    mkdirSync(options.dataDir, { recursive: true });
  const db = await openDatabase({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    schema: options.schema,
  });
  await migrate(db);
  const app: AppContext = { db, feed: new ChangeFeed(), now: () => new Date() };
  if (options.demo)
    await seedDemo(app, options.demoOrders === undefined ? {} : { orders: options.demoOrders });
  if (options.demo) await ensureDemoInvoiceSettings(app);
  if (options.demo && options.demoExceptions) await seedDemoMarketplaceOrders(app);
  const server = await buildApp(app, {
    rendererDir: options.rendererDir,
    corsOrigins: options.corsOrigins,
    logLevel: options.logLevel,
  });
  const host = options.host ?? '127.0.0.1';
  await server.listen({ port: options.port ?? 0, host });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port ?? 0}`,
    app,
    async close() {
      await server.close();
      await db.close();
    },
  };
}
