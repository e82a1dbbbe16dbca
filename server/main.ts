import { parseArgs } from 'node:util';
import { firstAdminFromEnv, readEnv } from './env';
import { announce } from './logger';
import { startServer } from './start-server';
import { SetupRequiredError } from './services/first-admin';

/** CLI: `tsx server/main.ts --port 4173 --data-dir ./data/db --demo` (DATABASE_URL selects PostgreSQL). */
async function main(): Promise<void> {
  const env = readEnv();
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
      'demo-orders': { type: 'string' },
      schema: { type: 'string' },
      renderer: { type: 'string', default: 'dist/renderer' },
    },
  });
  const running = await startServer({
    port: Number(values.port ?? env.PORT ?? 4173),
    host: values.host ?? env.HOST ?? '127.0.0.1',
    dataDir: values['data-dir'] ?? env.ORDER_DESK_DATA_DIR ?? './data/db',
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(values.schema ? { schema: values.schema } : {}),
    demo: values.demo,
    // the e2e server sets ORDER_DESK_DEMO_EXCEPTIONS=0: its tests count the exception queue themselves
    demoExceptions: values.demo && process.env.ORDER_DESK_DEMO_EXCEPTIONS !== '0',
    ...(values['demo-orders'] ? { demoOrders: Number(values['demo-orders']) } : {}),
    rendererDir: values.renderer,
    ...(env.ORDER_DESK_CORS_ORIGINS ? { corsOrigins: env.ORDER_DESK_CORS_ORIGINS } : {}),
    firstAdmin: firstAdminFromEnv(env),
    webhookSecret: env.ORDER_DESK_WEBHOOK_SECRET,
    ...(env.LOG_LEVEL ? { logLevel: env.LOG_LEVEL } : { logLevel: 'warn' }),
  });
  announce(`Order Desk server listening at ${running.url} (${running.app.db.kind})`);
  const stop = (): void => {
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // configuration problems are the operator's to fix: the message says what to set, no stack trace
  const expected =
    error instanceof SetupRequiredError ||
    (error instanceof Error && error.message.startsWith('Invalid environment'));
  const text =
    error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error);
  process.stderr.write(`${text}\n`);
  process.exit(1);
});
