import type { Queryable, SqlClient } from '../../server/db/sql-client';
import type { AppContext } from '../../server/services/app-context';

/** Decides which statement fails: its SQL and parameters. */
export type StatementMatch = (sql: string, params: readonly unknown[]) => boolean;

/**
 * Makes the first statement matching `match` fail as if the process died there (the transaction
 * never commits), once. Swaps `app.db` for a wrapper; call the returned function to restore it.
 */
export function failStatementOnce(app: AppContext, match: StatementMatch): () => void {
  const db = app.db;
  let armed = true;
  const guard = (tx: Queryable): Queryable => ({
    query<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      if (armed && match(sql, params ?? [])) {
        armed = false;
        return Promise.reject(new Error(`injected failure at: ${sql.slice(0, 60)}`));
      }
      return tx.query<T>(sql, params);
    },
  });
  const direct = guard(db);
  const wrapped: SqlClient = {
    kind: db.kind,
    query: (sql, params) => direct.query(sql, params),
    transaction: (fn) => db.transaction((tx) => fn(guard(tx))),
    afterCommit: (run) => db.afterCommit(run),
    close: () => db.close(),
  };
  app.db = wrapped;
  return () => {
    app.db = db;
  };
}

/** The statement that stores a route's answer under its Idempotency-Key. */
export const storingTheAnswer: StatementMatch = (sql) =>
  /UPDATE "?idempotency_keys"? SET "?status/i.test(sql);
