import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { kyselyOn } from './kysely';
import type { SqlClient } from './sql-client';
import { distanceSalesStatements } from './distance-sales-ddl';

/**
 * The schema's DDL, one entry per migration in order (ids as recorded since 001). Kysely's Migrator
 * runs each once and records it in `kysely_migration`; databases migrated before it recorded the
 * ids in `schema_migrations`, which `adoptLegacyMigrations` carries over.
 */
const ddl: readonly ({ id: string; sql: string } | { id: string; statements: readonly string[] })[] = [
  {
    id: '001_core',
    sql: `
      CREATE TABLE stores (id uuid PRIMARY KEY, data jsonb NOT NULL);
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        store_id uuid NOT NULL REFERENCES stores(id),
        email text NOT NULL UNIQUE,
        name text NOT NULL,
        password_hash text NOT NULL,
        permissions text[] NOT NULL,
        is_admin boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('staff', 'customer')),
        subject_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE TABLE devices (
        id text PRIMARY KEY,
        store_id uuid NOT NULL REFERENCES stores(id),
        code text NOT NULL,
        first_user_id uuid,
        registered_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (store_id, code)
      );
      CREATE SEQUENCE sync_seq;
      CREATE TABLE docs (
        collection text NOT NULL,
        id uuid NOT NULL,
        store_id uuid NOT NULL,
        seq bigint NOT NULL,
        version integer NOT NULL DEFAULT 0,
        deleted boolean NOT NULL DEFAULT false,
        data jsonb NOT NULL,
        PRIMARY KEY (collection, id)
      );
      CREATE INDEX docs_pull ON docs (collection, store_id, seq);
      CREATE INDEX docs_order_status ON docs ((data->>'status')) WHERE collection = 'orders';
      CREATE INDEX docs_order_number ON docs ((data->>'number')) WHERE collection = 'orders';
      CREATE INDEX docs_order_created ON docs (store_id, (data->>'createdAt') DESC, (id::text) DESC) WHERE collection = 'orders';
      CREATE TABLE commands (
        id uuid PRIMARY KEY,
        type text NOT NULL,
        target_id uuid NOT NULL,
        user_id uuid NOT NULL,
        device_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('applied', 'rejected')),
        outcome jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE counters (store_id uuid NOT NULL, name text NOT NULL, value bigint NOT NULL, PRIMARY KEY (store_id, name));
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        status integer NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      );
    `,
  },
  {
    id: '002_marketplace',
    sql: `
      CREATE TABLE marketplace_mappings (
        store_id uuid NOT NULL,
        marketplace text NOT NULL,
        gtin text NOT NULL,
        product_id uuid NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (store_id, marketplace, gtin)
      );
      CREATE TABLE marketplace_imports (
        store_id uuid NOT NULL,
        marketplace text NOT NULL,
        external_id text NOT NULL,
        order_id uuid NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (store_id, marketplace, external_id)
      );
      CREATE INDEX docs_exception_status ON docs (store_id, (data->>'status'), (data->>'gtin')) WHERE collection = 'order_exceptions';
      CREATE INDEX docs_product_gtin ON docs (store_id, (data->>'gtin')) WHERE collection = 'products';
    `,
  },
  {
    id: '010_storefront',
    sql: `
      CREATE TABLE customer_accounts (
        id uuid PRIMARY KEY,
        store_id uuid NOT NULL REFERENCES stores(id),
        email text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX customer_accounts_email ON customer_accounts (store_id, lower(email));
      CREATE TABLE store_payments (
        id uuid PRIMARY KEY,
        store_id uuid NOT NULL,
        order_id uuid NOT NULL,
        provider text NOT NULL,
        provider_reference text NOT NULL,
        status text NOT NULL,
        amount bigint NOT NULL,
        currency text NOT NULL,
        checkout_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (store_id, checkout_key),
        UNIQUE (provider, provider_reference)
      );
      CREATE INDEX store_payments_order ON store_payments (order_id);
      CREATE TABLE payment_webhook_events (
        id text PRIMARY KEY,
        type text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX docs_order_customer ON docs (store_id, (data->>'customerId'), (data->>'createdAt') DESC) WHERE collection = 'orders';
    `,
  },
  {
    id: '020_automation_rule_runs',
    sql: `
      CREATE TABLE automation_rule_runs (
        key text PRIMARY KEY,
        store_id uuid NOT NULL,
        rule_id uuid NOT NULL,
        order_id uuid NOT NULL,
        trigger text NOT NULL,
        outcome text NOT NULL,
        actions jsonb NOT NULL,
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (rule_id, order_id, trigger)
      );
      CREATE INDEX automation_rule_runs_order ON automation_rule_runs (store_id, order_id);
    `,
  },
  {
    id: '030_invoices',
    sql: `
      CREATE TABLE invoice_series (
        series text PRIMARY KEY,
        store_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
        last_sequence integer NOT NULL,
        gaps jsonb NOT NULL DEFAULT '[]'::jsonb,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX docs_invoice_number ON docs (store_id, (data->>'number')) WHERE collection = 'invoices';
      CREATE INDEX docs_invoice_series ON docs (store_id, (data->>'series')) WHERE collection = 'invoices';
      CREATE INDEX docs_invoice_order ON docs (store_id, (data->>'orderId')) WHERE collection = 'invoices';
    `,
  },
  {
    id: '045_payment_refunds',
    sql: `
      CREATE TABLE payment_refunds (
        id uuid PRIMARY KEY,
        store_id uuid NOT NULL,
        order_id uuid NOT NULL,
        provider text NOT NULL,
        provider_reference text NOT NULL,
        amount bigint NOT NULL,
        currency text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX payment_refunds_order ON payment_refunds (order_id);
    `,
  },
  {
    id: '100_devices_registry',
    sql: `
      ALTER TABLE devices ADD COLUMN name text;
      ALTER TABLE devices ADD COLUMN app_version text;
      ALTER TABLE devices ADD COLUMN outbox_size integer;
      ALTER TABLE devices ADD COLUMN last_user_id uuid;
      ALTER TABLE devices ADD COLUMN revoked_at timestamptz;
      ALTER TABLE devices ADD COLUMN revoked_by uuid;
      ALTER TABLE sessions ADD COLUMN device_id text;
    `,
  },
  {
    id: '101_stock_adjustments',
    sql: `
      CREATE TABLE stock_adjustments (
        id uuid PRIMARY KEY,
        store_id uuid NOT NULL,
        product_id uuid NOT NULL,
        delta integer NOT NULL,
        on_hand_before integer NOT NULL,
        on_hand_after integer NOT NULL,
        reason text NOT NULL,
        user_id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX stock_adjustments_product ON stock_adjustments (store_id, product_id, at DESC);
      `,
  },
  {
    // an Idempotency-Key row is claimed before its request runs: no status/response while running
    id: '160_idempotency_claims',
    sql: `
      ALTER TABLE idempotency_keys ALTER COLUMN status DROP NOT NULL;
      ALTER TABLE idempotency_keys ALTER COLUMN response DROP NOT NULL;
    `,
  },
  {
    // a checkout between its reservation and its confirmation (reserve → pay → confirm, h16w)
    id: '200_checkout_attempts',
    sql: `
      CREATE TABLE checkout_attempts (
        id uuid PRIMARY KEY,
        store_id uuid NOT NULL,
        checkout_key text NOT NULL,
        customer_id uuid,
        provider text NOT NULL,
        amount bigint NOT NULL,
        currency text NOT NULL,
        input jsonb NOT NULL,
        quote jsonb NOT NULL,
        lines jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (store_id, checkout_key)
      );
      CREATE INDEX checkout_attempts_age ON checkout_attempts (created_at);
    `,
  },
  {
    // a refund is recorded pending before the provider is asked (outside the write lock, h16w)
    id: '201_payment_refund_status',
    sql: `
      ALTER TABLE payment_refunds ADD COLUMN status text NOT NULL DEFAULT 'succeeded';
      ALTER TABLE payment_refunds ALTER COLUMN provider_reference DROP NOT NULL;
    `,
  },
  {
    // lookups on the write path that scanned every document of a store (issue 16, command-mix bench)
    id: '210_write_path_indexes',
    sql: `
      CREATE INDEX IF NOT EXISTS docs_order_customer ON docs (store_id, (data->>'customerId')) WHERE collection = 'orders';
      CREATE INDEX IF NOT EXISTS docs_invoice_order ON docs (store_id, (data->>'orderId')) WHERE collection = 'invoices';
      CREATE INDEX IF NOT EXISTS docs_invoice_number ON docs (store_id, (data->>'number')) WHERE collection = 'invoices';
      CREATE INDEX IF NOT EXISTS docs_invoice_series ON docs (store_id, (data->>'series')) WHERE collection = 'invoices';
      CREATE INDEX IF NOT EXISTS docs_exception_order ON docs (store_id, (data->>'orderId')) WHERE collection = 'order_exceptions';
    `,
  },
  { id: '220_distance_sales', statements: distanceSalesStatements },
];

/** Advisory lock held while carrying over the ids of the hand-written migrator. */
const MIGRATION_LOCK_KEY = 704_112;

function splitStatements(text: string): string[] {
  return text
    .split(/;\s*\n/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** DDL has no parameters and no Kysely builder in use here: each statement runs as written. */
function ddlMigration(text: string): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const statement of splitStatements(text)) await sql.raw(statement).execute(db);
    },
  };
}

/** Statements run one by one, as written (function bodies hold semicolons, so they are not split). */
function statementsMigration(statements: readonly string[]): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const statement of statements) await sql.raw(statement).execute(db);
    },
  };
}

/** One Kysely migration object per id, in order. */
export const migrations: Readonly<Record<string, Migration>> = Object.fromEntries(
  ddl.map((entry) => [
    entry.id,
    'sql' in entry ? ddlMigration(entry.sql) : statementsMigration(entry.statements),
  ]),
);

/** The ids in the order they run (Kysely orders by name; the ids sort as they were applied). */
export const migrationIds: readonly string[] = ddl.map((entry) => entry.id);

/**
 * A database migrated by the hand-written migrator has `schema_migrations` and no
 * `kysely_migration`: create Kysely's table (as its Migrator would) and copy the applied ids with
 * their times, so nothing runs again. Under an advisory lock, so processes starting together adopt
 * once; a no-op on new databases and on adopted ones.
 */
export async function adoptLegacyMigrations(db: SqlClient): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    const [found] = await tx.query<{ legacy: string | null; current: string | null }>(
      "SELECT to_regclass('schema_migrations')::text AS legacy, to_regclass('kysely_migration')::text AS current",
    );
    if (!found?.legacy || found.current) return 0;
    await tx.query(
      'CREATE TABLE kysely_migration (name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL)',
    );
    const copied = await tx.query(
      `INSERT INTO kysely_migration (name, timestamp)
       SELECT id, to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') FROM schema_migrations
       RETURNING name`,
    );
    return copied.length;
  });
}

/** Applies pending migrations with Kysely's Migrator (its advisory lock, one transaction); returns the ids applied. */
export async function migrate(db: SqlClient): Promise<string[]> {
  await adoptLegacyMigrations(db);
  // Kysely looks for its tables in every schema unless told which one: a database whose public
  // schema already holds them (another server, tests) would make it skip creating them in ours.
  const [current] = await db.query<{ schema: string }>('SELECT current_schema() AS schema');
  const migrator = new Migrator({
    db: kyselyOn(db),
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(current ? { migrationTableSchema: current.schema } : {}),
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}
