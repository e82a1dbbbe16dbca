import type { Queryable, SqlClient } from './sql-client';
import type { ChangeFeed } from '../sync/change-feed';
import { noteLocalCommit } from '../services/read-caches';
import {
  readDocs,
  readDocsWhere,
  upsertDocRows,
  type DocRowInput,
  type StoredDoc,
  type SyncedCollection,
} from './doc-store';

/**
 * The write lock is per store: `pg_advisory_xact_lock(WRITE_LOCK_CLASS, hashtext(storeId))`. Two
 * stores write in parallel; writers of one store queue. Sequence numbers still come from the one
 * global `sync_seq`, and that stays gap-safe for pulls because a pull reads one store's rows only
 * (`store_id = $s AND seq > $checkpoint`) and every row of store S is written by a transaction that
 * holds S's lock from its first `nextval` until after its commit is visible: S's rows therefore
 * become visible in sequence order, whatever other stores commit in between (their numbers are
 * interleaved, never seen by S's pulls). A flush refuses a row of another store, which keeps the
 * premise true. Two stores whose ids hash alike only share a lock (slower, still correct).
 */
const WRITE_LOCK_CLASS = 704_111;

/** Statements that write the docs table behind the cache's back: the cache is dropped after them. */
const WRITES_DOCS = /\b(insert\s+into|update|delete\s+from)\s+docs\b/i;

/**
 * One write transaction under the global write lock, with a document cache: documents read or
 * written through `getDoc`/`putDoc` are read once and written once per transaction (writes are
 * buffered and flushed as one multi-row upsert before the next SQL statement and at commit), so
 * the command handler and its middlewares share one copy of the order.
 */
export interface WriteScope {
  /** The transaction. Any statement first flushes buffered documents, so SQL always sees them. */
  tx: Queryable;
  /** Marks a collection as changed so live subscribers are told after commit. */
  touch: (collection: SyncedCollection) => void;
  /** Reads a document (cached for the transaction; the write lock makes row locks unnecessary). */
  getDoc: <T>(
    collection: SyncedCollection,
    id: string,
    options?: { storeId?: string },
  ) => Promise<StoredDoc<T> | undefined>;
  /** Writes a document (fresh sequence number at flush); also touches the collection. */
  putDoc: (
    collection: SyncedCollection,
    doc: { id: string; storeId: string; version: number },
    deleted?: boolean,
  ) => void;
  /** Loads many documents into the cache with one query (e.g. every order a command batch targets). */
  prefetch: (collection: SyncedCollection, ids: readonly string[]) => Promise<void>;
  /**
   * The live documents of a collection in the scope's store whose top-level text `field` equals
   * `value`, buffered writes included, in sequence order (documents not yet written last, in write
   * order). The database is asked once per value and transaction (or once for many: `prefetchWhere`).
   */
  findWhere: <T>(collection: SyncedCollection, field: string, value: string) => Promise<StoredDoc<T>[]>;
  /** The same from the cache alone (no query): what this transaction read or wrote. */
  cachedWhere: <T>(collection: SyncedCollection, field: string, value: string) => StoredDoc<T>[];
  /** Loads the documents of many `field` values with one query (e.g. the invoices of a push's orders). */
  prefetchWhere: (collection: SyncedCollection, field: string, values: readonly string[]) => Promise<void>;
  /**
   * Keeps a value read before the push's commands ran (e.g. the stored sequences of a series), for
   * `preloaded`; dropped, like the cache, when SQL writes documents behind the scope's back.
   */
  preload: (key: string, value: unknown) => void;
  preloaded: <T>(key: string) => T | undefined;
  /** Per-transaction memo for reference data that commands do not change (settings, rules). */
  memo: <T>(key: string, load: () => Promise<T>) => Promise<T>;
  /** Runs `run` once before commit (after every command), e.g. one customer-stats refresh per push. */
  beforeCommit: (key: string, run: () => Promise<void>) => void;
}

/** The command-level part, used by the command applier: each command is its own unit of rollback. */
export interface CommandWriteScope extends WriteScope {
  beginCommand: () => void;
  /** Keeps the command's writes. */
  commitCommand: () => Promise<void>;
  /** Drops the command's writes (database and cache) as if it never ran. */
  rollbackCommand: () => Promise<void>;
}

interface Entry {
  doc: StoredDoc<unknown> | null;
  storeId: string | null;
  /** The JSON to write, when the entry is written and not yet flushed. */
  pendingJson?: string;
}

const keyOf = (collection: SyncedCollection, id: string): string => `${collection}\u0000${id}`;
const whereKeyOf = (collection: SyncedCollection, field: string, value: string): string =>
  `${collection}\u0000${field}\u0000${value}`;

/** Sequence order, documents not written yet (seq 0) last; the sort is stable, so they keep write order. */
const bySeq = (a: StoredDoc<unknown>, b: StoredDoc<unknown>): number =>
  (a.seq || Number.MAX_SAFE_INTEGER) - (b.seq || Number.MAX_SAFE_INTEGER);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The cache has two layers: `base` (the transaction as of the last kept command) and `command`
 * (the running command). A command's savepoint is opened lazily, before its first SQL statement,
 * so a command that only reads cached documents and writes buffered ones costs no round trip.
 */
class DocWriteScope implements CommandWriteScope {
  readonly tx: Queryable;
  private base = new Map<string, Entry>();
  private command: Map<string, Entry> | null = null;
  /** `field = value` queries whose every matching document is in the cache (per layer, like the cache). */
  private baseComplete = new Set<string>();
  private commandComplete: Set<string> | null = null;
  private savepointOpen = false;
  private readonly memos = new Map<string, Promise<unknown>>();
  private readonly preloads = new Map<string, unknown>();
  private readonly hooks = new Map<string, () => Promise<void>>();

  constructor(
    private readonly raw: Queryable,
    readonly touched: Set<SyncedCollection>,
    private readonly storeId: string,
  ) {
    this.tx = { query: (sql, params) => this.statement(sql, params) };
  }

  touch = (collection: SyncedCollection): void => {
    this.touched.add(collection);
  };

  private async statement<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    // even a read gets the savepoint: a failing statement must not abort the whole push
    if (this.command && !this.savepointOpen) {
      await this.flush(this.base);
      await this.raw.query('SAVEPOINT command');
      this.savepointOpen = true;
    }
    await this.flushAll();
    const rows = await this.raw.query<T>(sql, params);
    if (WRITES_DOCS.test(sql)) {
      this.base.clear();
      this.command?.clear();
      this.baseComplete.clear();
      this.commandComplete?.clear();
      this.preloads.clear();
    }
    return rows;
  }

  private lookup(key: string): Entry | undefined {
    return this.command?.get(key) ?? this.base.get(key);
  }

  private remember(key: string, entry: Entry): void {
    const layer = this.command ?? this.base;
    layer.delete(key); // re-inserted last: flush order follows write order
    layer.set(key, entry);
  }

  getDoc = async <T>(
    collection: SyncedCollection,
    id: string,
    options: { storeId?: string } = {},
  ): Promise<StoredDoc<T> | undefined> => {
    const key = keyOf(collection, id);
    let entry = this.lookup(key);
    if (!entry) {
      await this.prefetch(collection, [id]);
      entry = this.lookup(key);
    }
    if (!entry?.doc) return undefined;
    if (options.storeId && entry.storeId !== options.storeId) return undefined;
    return entry.doc as StoredDoc<T>;
  };

  prefetch = async (collection: SyncedCollection, ids: readonly string[]): Promise<void> => {
    // an id not in the cache has no buffered write, so the database row is current: no flush needed
    const wanted = [...new Set(ids)].filter((id) => !this.lookup(keyOf(collection, id)));
    const valid = wanted.filter((id) => UUID.test(id));
    const found = valid.length > 0 ? await readDocs(this.raw, collection, valid) : [];
    const byId = new Map(found.map((row) => [row.doc.id, row]));
    for (const id of wanted) {
      const row = byId.get(id);
      this.remember(
        keyOf(collection, id),
        row ? { doc: deepFreeze(row.doc), storeId: row.storeId } : { doc: null, storeId: null },
      );
    }
  };

  prefetchWhere = async (
    collection: SyncedCollection,
    field: string,
    values: readonly string[],
  ): Promise<void> => {
    const isComplete = (value: string): boolean => {
      const key = whereKeyOf(collection, field, value);
      return this.baseComplete.has(key) || (this.commandComplete?.has(key) ?? false);
    };
    const wanted = [...new Set(values)].filter((value) => !isComplete(value));
    if (wanted.length === 0) return;
    // a cached document is newer than its row (buffered write), so only rows not cached are taken
    for (const doc of await readDocsWhere(this.raw, collection, this.storeId, field, wanted)) {
      const key = keyOf(collection, doc.id);
      if (!this.lookup(key)) this.remember(key, { doc: deepFreeze(doc), storeId: this.storeId });
    }
    const complete = this.commandComplete ?? this.baseComplete;
    for (const value of wanted) complete.add(whereKeyOf(collection, field, value));
  };

  findWhere = async <T>(
    collection: SyncedCollection,
    field: string,
    value: string,
  ): Promise<StoredDoc<T>[]> => {
    await this.prefetchWhere(collection, field, [value]);
    return this.cachedWhere<T>(collection, field, value);
  };

  cachedWhere = <T>(collection: SyncedCollection, field: string, value: string): StoredDoc<T>[] => {
    const prefix = keyOf(collection, '');
    const found: StoredDoc<unknown>[] = [];
    const take = (key: string, entry: Entry): void => {
      const doc = entry.doc;
      if (!key.startsWith(prefix) || !doc || doc.deleted || entry.storeId !== this.storeId) return;
      if ((doc.data as Record<string, unknown> | null)?.[field] === value) found.push(doc);
    };
    for (const [key, entry] of this.base) if (!this.command?.has(key)) take(key, entry);
    for (const [key, entry] of this.command ?? []) take(key, entry);
    return found.sort(bySeq) as StoredDoc<T>[];
  };

  putDoc = (
    collection: SyncedCollection,
    doc: { id: string; storeId: string; version: number },
    deleted = false,
  ): void => {
    const pendingJson = JSON.stringify(doc);
    const data: unknown = deepFreeze(doc); // the written document is read back as is: nobody may edit it
    this.remember(keyOf(collection, doc.id), {
      doc: { id: doc.id, seq: 0, version: doc.version, deleted, data },
      storeId: doc.storeId,
      pendingJson,
    });
    this.touch(collection);
  };

  preload = (key: string, value: unknown): void => {
    this.preloads.set(key, value);
  };

  preloaded = <T>(key: string): T | undefined => this.preloads.get(key) as T | undefined;

  memo = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let value = this.memos.get(key);
    if (!value) {
      value = load();
      this.memos.set(key, value); // a refusal (e.g. no settings) is remembered too
    }
    return value as Promise<T>;
  };

  beforeCommit = (key: string, run: () => Promise<void>): void => {
    if (!this.hooks.has(key)) this.hooks.set(key, run);
  };

  beginCommand = (): void => {
    this.command = new Map();
    this.commandComplete = new Set();
    this.savepointOpen = false;
  };

  commitCommand = async (): Promise<void> => {
    const layer = this.command;
    this.command = null;
    for (const key of this.commandComplete ?? []) this.baseComplete.add(key);
    this.commandComplete = null;
    if (this.savepointOpen) await this.raw.query('RELEASE SAVEPOINT command');
    this.savepointOpen = false;
    for (const [key, entry] of layer ?? []) this.remember(key, entry);
  };

  rollbackCommand = async (): Promise<void> => {
    this.command = null;
    this.commandComplete = null;
    if (this.savepointOpen) {
      await this.raw.query('ROLLBACK TO SAVEPOINT command');
      await this.raw.query('RELEASE SAVEPOINT command');
    }
    this.savepointOpen = false;
  };

  private async flushAll(): Promise<void> {
    await this.flush(this.base);
    if (this.command) await this.flush(this.command);
  }

  private async flush(layer: Map<string, Entry>): Promise<void> {
    const rows: DocRowInput[] = [];
    for (const [key, entry] of layer) {
      if (entry.pendingJson === undefined || !entry.doc || !entry.storeId) continue;
      if (entry.storeId !== this.storeId)
        throw new Error(`A write transaction of store ${this.storeId} may not write store ${entry.storeId}`);
      const collection = key.slice(0, key.indexOf('\u0000')) as SyncedCollection;
      rows.push({
        collection,
        id: entry.doc.id,
        storeId: entry.storeId,
        version: entry.doc.version,
        deleted: entry.doc.deleted,
        json: entry.pendingJson,
      });
      delete entry.pendingJson;
    }
    if (rows.length > 0) await upsertDocRows(this.raw, rows);
  }

  /** Runs the before-commit hooks (they may write more documents) and writes what is buffered. */
  async finish(): Promise<void> {
    for (const [key, run] of this.hooks) {
      this.hooks.delete(key);
      await run();
    }
    await this.flushAll();
  }
}

/** Takes the write lock of one store for the rest of the transaction (see WRITE_LOCK_CLASS). */
export async function lockStoreForWrite(tx: Queryable, storeId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [WRITE_LOCK_CLASS, storeId]);
}

/**
 * Runs `fn` in a transaction holding the store's write lock, so the store's sequence numbers become
 * visible in order (a pull never skips a row committed late); subscribers are notified after commit.
 * Every writer of the docs table runs here, which is also why reads of the store's documents need
 * no row locks.
 */
export async function withWriteTransaction<T>(
  db: SqlClient,
  feed: ChangeFeed,
  storeId: string,
  fn: (scope: CommandWriteScope) => T | Promise<T>,
): Promise<T> {
  const touched = new Set<SyncedCollection>();
  const result = await db.transaction(async (tx) => {
    await lockStoreForWrite(tx, storeId);
    const scope = new DocWriteScope(tx, touched, storeId);
    const value = await fn(scope);
    await scope.finish();
    await feed.beforeCommit(tx, { storeId, collections: [...touched] });
    return value;
  });
  // inside a caller's transaction (nested) the commit that counts is the caller's
  db.afterCommit(() => {
    noteLocalCommit(feed, { storeId, collections: [...touched] });
    feed.afterCommit({ storeId, collections: [...touched] });
  });
  return result;
}
