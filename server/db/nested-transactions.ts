import { AsyncLocalStorage } from 'node:async_hooks';
import type { Queryable, SqlClient } from './sql-client';

/** What a driver provides: plain statements, and a real transaction on one connection. */
export interface RawSqlClient extends Queryable {
  readonly kind: SqlClient['kind'];
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

interface Frame {
  /** The transaction's connection. */
  tx: Queryable;
  parent: Frame | undefined;
  depth: number;
  /** False once the frame's function returned: late statements go to the nearest open frame. */
  open: boolean;
  /** After-commit hooks; a released savepoint hands them to its parent, a rolled-back one drops them. */
  hooks: (() => void)[];
  /** Nested transactions of this frame run one after another (savepoints are a stack). */
  children: Promise<unknown>;
}

/**
 * Transactions that nest, so a caller can make several use cases one atomic unit (the
 * Idempotency-Key claim, the route's writes and its stored answer: `rest/idempotency.ts`).
 * Inside `transaction(fn)` — the same async call chain, tracked with AsyncLocalStorage — the
 * client's `query` runs on the open transaction, a nested `transaction` is a savepoint (a failure
 * rolls back only its own part, as a separate transaction did), and `afterCommit` hooks wait for the
 * outermost commit. Code that used to open its own transaction therefore joins the caller's without
 * knowing it.
 */
export function withNestedTransactions(raw: RawSqlClient): SqlClient {
  const current = new AsyncLocalStorage<Frame>();

  const openFrame = (): Frame | undefined => {
    let frame = current.getStore();
    while (frame && !frame.open) frame = frame.parent;
    return frame;
  };

  async function inSavepoint<T>(parent: Frame, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const frame: Frame = {
      tx: parent.tx,
      parent,
      depth: parent.depth + 1,
      open: true,
      hooks: [],
      children: Promise.resolve(),
    };
    const name = `nested_${frame.depth}`;
    await parent.tx.query(`SAVEPOINT ${name}`);
    try {
      const value = await current.run(frame, () => fn(frame.tx));
      frame.open = false;
      await parent.tx.query(`RELEASE SAVEPOINT ${name}`);
      parent.hooks.push(...frame.hooks);
      return value;
    } catch (error) {
      frame.open = false;
      await parent.tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
      await parent.tx.query(`RELEASE SAVEPOINT ${name}`);
      throw error;
    }
  }

  function nested<T>(parent: Frame, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const turn = parent.children.then(() => inSavepoint(parent, fn));
    parent.children = turn.catch(() => undefined);
    return turn;
  }

  async function outermost<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const hooks: (() => void)[] = [];
    const value = await raw.transaction(async (tx) => {
      const frame: Frame = {
        tx,
        parent: undefined,
        depth: 0,
        open: true,
        hooks,
        children: Promise.resolve(),
      };
      try {
        return await current.run(frame, () => fn(frame.tx));
      } finally {
        frame.open = false;
      }
    });
    for (const hook of hooks) hook();
    return value;
  }

  return {
    kind: raw.kind,
    query: <T>(sql: string, params?: readonly unknown[]): Promise<T[]> => {
      const frame = openFrame();
      return frame ? frame.tx.query<T>(sql, params) : raw.query<T>(sql, params);
    },
    transaction: <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> => {
      const frame = openFrame();
      return frame ? nested(frame, fn) : outermost(fn);
    },
    afterCommit: (run: () => void): void => {
      const frame = openFrame();
      if (frame) frame.hooks.push(run);
      else run();
    },
    close: () => raw.close(),
  };
}
