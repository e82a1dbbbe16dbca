import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { withNestedTransactions, type RawSqlClient } from './nested-transactions';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/**
 * The one database handle of the server: PGlite embedded or a PostgreSQL pool, same SQL. Inside a
 * transaction (same async call chain) `query` joins it and `transaction` nests as a savepoint
 * (`nested-transactions.ts`).
 */
export interface SqlClient extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `run` once the outermost open transaction has committed (never on rollback); now if none is open. */
  afterCommit(run: () => void): void;
  close(): Promise<void>;
}

/** Opens PGlite in `dataDir` (a folder) or in memory when dataDir is 'memory'. */
export async function openPglite(dataDir: string): Promise<SqlClient> {
  const db = dataDir === 'memory' ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  const query = async <T>(sql: string, params?: readonly unknown[]): Promise<T[]> =>
    (await db.query<T>(sql, params ? [...params] : [])).rows;
  return withNestedTransactions({
    kind: 'pglite',
    query,
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: async <T>(sql: string, params?: readonly unknown[]) =>
            (await tx.query<T>(sql, params ? [...params] : [])).rows,
        }),
      ),
    close: () => db.close(),
  } satisfies RawSqlClient);
}

/**
 * A transaction's statements, one after another: a pg client runs one query at a time, and calling it
 * while one is running (e.g. `Promise.all` over reads in a transaction) is deprecated in pg 8 and an
 * error in pg 9. PGlite queues by itself.
 */
function oneAtATime(client: pg.PoolClient): Queryable {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    query<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      const next = tail.then(async () => (await client.query(sql, params ? [...params] : [])).rows as T[]);
      tail = next.catch(() => undefined);
      return next;
    },
  };
}

/** Connects a pool to a real PostgreSQL at `url`. */
export async function openPostgres(url: string, schema?: string): Promise<SqlClient> {
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/[^a-z0-9_]/g, '')}"`);
    await admin.end();
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema.replace(/[^a-z0-9_]/g, '')}` } : {}),
  });
  const probe = await pool.connect();
  probe.release();
  const query = async <T>(sql: string, params?: readonly unknown[]): Promise<T[]> =>
    (await pool.query(sql, params ? [...params] : [])).rows as T[];
  return withNestedTransactions({
    kind: 'postgres',
    query,
    async transaction(fn) {
      const client = await pool.connect();
      const tx = oneAtATime(client);
      try {
        await tx.query('BEGIN');
        const result = await fn(tx);
        await tx.query('COMMIT');
        return result;
      } catch (error) {
        await tx.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  } satisfies RawSqlClient);
}

/** Opens PostgreSQL when a URL is given, else PGlite. */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** PostgreSQL only: a schema of its own (tests). */
  schema?: string | undefined;
}): Promise<SqlClient> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.schema);
  return openPglite(options.dataDir ?? 'memory');
}
