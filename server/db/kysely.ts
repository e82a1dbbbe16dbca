import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Compilable,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type RawBuilder,
} from 'kysely';
import type { Database } from './database';
import type { Queryable, SqlClient } from './sql-client';

/**
 * Kysely over the server's own `SqlClient` (PGlite or a pg pool behind one interface), with
 * Kysely's PostgreSQL adapter and compiler. Statements go through `SqlClient.query`, so they join an
 * open nested transaction (`nested-transactions.ts`) exactly as hand-written SQL did. A Kysely
 * transaction (used by the Migrator) runs inside `SqlClient.transaction`.
 */
class SqlClientConnection implements DatabaseConnection {
  private tx: Queryable | undefined;
  private finish: { commit: () => void; rollback: (error: Error) => void } | undefined;
  private done: Promise<unknown> | undefined;

  constructor(private readonly client: SqlClient) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const rows = await (this.tx ?? this.client).query<R>(compiled.sql, compiled.parameters);
    return { rows };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    await Promise.resolve();
    throw new Error('streaming is not supported by the SqlClient dialect');
  }

  async begin(): Promise<void> {
    await new Promise<void>((started, failed) => {
      this.done = this.client.transaction(
        (tx) =>
          new Promise<void>((commit, rollback) => {
            this.tx = tx;
            this.finish = { commit, rollback };
            started();
          }),
      );
      this.done.catch(failed);
    });
  }

  async end(commit: boolean): Promise<void> {
    const { finish, done } = this;
    this.tx = undefined;
    this.finish = undefined;
    this.done = undefined;
    if (!finish || !done) throw new Error('no transaction is open on this connection');
    if (commit) {
      finish.commit();
      await done;
    } else {
      finish.rollback(new Error('rolled back'));
      await done.catch(() => undefined);
    }
  }
}

class SqlClientDriver implements Driver {
  constructor(private readonly client: SqlClient) {}
  async init(): Promise<void> {}
  acquireConnection(): Promise<DatabaseConnection> {
    return Promise.resolve(new SqlClientConnection(this.client));
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as SqlClientConnection).begin();
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as SqlClientConnection).end(true);
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as SqlClientConnection).end(false);
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** A Kysely instance executing on `client` (the client stays owned by the caller). */
export function kyselyOn(client: SqlClient): Kysely<Database> {
  const dialect: Dialect = {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new SqlClientDriver(client),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
  return new Kysely<Database>({ dialect });
}

class NoDriver implements Driver {
  async init(): Promise<void> {}
  acquireConnection(): Promise<DatabaseConnection> {
    return Promise.reject(new Error('build queries with `qb`, run them with `run(db, query)`'));
  }
  async beginTransaction(): Promise<void> {}
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/**
 * The typed query builder for call sites that get a `Queryable` (the client or an open
 * transaction): build with `qb`, run with `run(db, query)`. Compiling is cheap and needs no
 * connection, so one builder serves every transaction.
 */
export const qb = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new NoDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** Runs a built query on `db`; the rows are typed by the query. */
export async function run<R>(db: Queryable, query: Compilable<R>): Promise<R[]> {
  const compiled = query.compile();
  return db.query<R>(compiled.sql, compiled.parameters);
}

/** The first row of a built query, or undefined. */
export async function runFirst<R>(db: Queryable, query: Compilable<R>): Promise<R | undefined> {
  return (await run(db, query))[0];
}

/** Runs a `sql` fragment (what the builder cannot express: locks, SET LOCAL, JSON text) on `db`. */
export async function runRaw<R>(db: Queryable, query: RawBuilder<R>): Promise<R[]> {
  const compiled = query.compile(qb);
  return db.query<R>(compiled.sql, compiled.parameters);
}
