import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** The one database handle of the server: PGlite embedded or a PostgreSQL pool, same SQL. */
export interface SqlClient extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens PGlite in `dataDir` (a folder) or in memory when dataDir is 'memory'. */
export async function openPglite(dataDir: string): Promise<SqlClient> {
  const db = dataDir === 'memory' ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  const query = async <T>(sql: string, params?: readonly unknown[]): Promise<T[]> =>
    (await db.query<T>(sql, params ? [...params] : [])).rows;
  return {
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
  return {
    kind: 'postgres',
    query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <T>(sql: string, params?: readonly unknown[]) =>
            (await client.query(sql, params ? [...params] : [])).rows as T[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
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
