import { mkdirSync } from 'node:fs';
import { openDatabase } from './db/sql-client';
import { migrate } from './db/migrations';
import { randomBytes } from 'node:crypto';
import { InProcessChangeFeed, type ChangeFeed } from './sync/change-feed';
import { PostgresChangeFeed } from './sync/postgres-change-feed';
import { ensureFirstAdmin, type FirstAdmin } from './services/first-admin';
import { seedDemo } from './demo/seed-demo';
import { seedDemoMarketplaceOrders } from './demo/seed-demo-marketplace';
import { ensureDemoInvoiceSettings } from './services/invoicing/invoice-settings-store';
import { buildApp } from './build-app';
import { scheduleCheckoutRecovery } from './services/recover-checkouts';
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
  /** Without demo: the first administrator of an empty database (ORDER_DESK_ADMIN_EMAIL / _PASSWORD). */
  firstAdmin?: FirstAdmin | undefined;
  /** Payment webhook HMAC secret; demo mode generates one when none is given, otherwise the webhook answers 503. */
  webhookSecret?: string | undefined;
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
  const demo = options.demo === true;
  const feed = await openChangeFeed(db, options);
  const app: AppContext = {
    db,
    feed,
    now: () => new Date(),
    config: {
      demo,
      webhookSecret: options.webhookSecret ?? (demo ? randomBytes(32).toString('hex') : undefined),
    },
  };
  try {
    await prepareData(app, options);
  } catch (error) {
    await feed.close();
    await db.close();
    throw error;
  }
  const server = await buildApp(app, {
    rendererDir: options.rendererDir,
    corsOrigins: options.corsOrigins,
    logLevel: options.logLevel,
  });
  const host = options.host ?? '127.0.0.1';
  await server.listen({ port: options.port ?? 0, host });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const stopRecovery = scheduleCheckoutRecovery(app, server.log);
  return {
    url: `http://${host}:${port ?? 0}`,
    app,
    async close() {
      await server.close();
      await stopRecovery();
      await feed.close();
      await db.close();
    },
  };
}

/** PostgreSQL: notices travel through LISTEN/NOTIFY to every server process; PGlite: in this process. */
async function openChangeFeed(db: AppContext['db'], options: StartServerOptions): Promise<ChangeFeed> {
  if (db.kind !== 'postgres' || !options.databaseUrl) return new InProcessChangeFeed();
  const feed = new PostgresChangeFeed({ databaseUrl: options.databaseUrl, schema: options.schema, db });
  await feed.start();
  return feed;
}

/** Demo: seeds an empty database once. Otherwise: makes sure there is an administrator (or refuses to start). */
async function prepareData(app: AppContext, options: StartServerOptions): Promise<void> {
  if (!app.config.demo) {
    await ensureFirstAdmin(app, options.firstAdmin);
    return;
  }
  await seedDemo(app, options.demoOrders === undefined ? {} : { orders: options.demoOrders });
  await ensureDemoInvoiceSettings(app);
  if (options.demoExceptions) await seedDemoMarketplaceOrders(app);
}
