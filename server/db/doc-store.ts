import type { Queryable, SqlClient } from './sql-client';
import type { ChangeFeed } from '../sync/change-feed';

/** Server-owned collections replicated to devices (pull-only). */
export const syncedCollections = [
  'orders',
  'products',
  'shipping_methods',
  'order_exceptions',
  'invoices',
  'customers',
  'invoice_settings',
  'automation_rules',
  'customer_stats',
] as const;
export type SyncedCollection = (typeof syncedCollections)[number];

export interface StoredDoc<T> {
  id: string;
  seq: number;
  version: number;
  deleted: boolean;
  data: T;
}

interface DocRow {
  id: string;
  seq: string | number;
  version: number;
  deleted: boolean;
  data: unknown;
}

function toStored<T>(row: DocRow): StoredDoc<T> {
  const data = typeof row.data === 'string' ? (JSON.parse(row.data) as T) : (row.data as T);
  return { id: row.id, seq: Number(row.seq), version: row.version, deleted: row.deleted, data };
}

/** Reads one document, optionally locking its row for the rest of the transaction. */
export async function getDoc<T>(
  db: Queryable,
  collection: SyncedCollection,
  id: string,
  options: { forUpdate?: boolean; storeId?: string } = {},
): Promise<StoredDoc<T> | undefined> {
  const rows = await db.query<DocRow>(
    `SELECT id, seq, version, deleted, data FROM docs WHERE collection = $1 AND id = $2${
      options.storeId ? ' AND store_id = $3' : ''
    }${options.forUpdate ? ' FOR UPDATE' : ''}`,
    options.storeId ? [collection, id, options.storeId] : [collection, id],
  );
  const row = rows[0];
  return row ? toStored<T>(row) : undefined;
}

/** Writes a document with a fresh sequence number (callers hold the write lock). */
export async function putDoc(
  db: Queryable,
  collection: SyncedCollection,
  doc: { id: string; storeId: string; version: number },
  deleted = false,
): Promise<number> {
  const rows = await db.query<{ seq: string | number }>(
    `INSERT INTO docs (collection, id, store_id, seq, version, deleted, data)
     VALUES ($1, $2, $3, nextval('sync_seq'), $4, $5, $6::jsonb)
     ON CONFLICT (collection, id) DO UPDATE SET seq = EXCLUDED.seq, version = EXCLUDED.version,
       deleted = EXCLUDED.deleted, data = EXCLUDED.data, store_id = EXCLUDED.store_id
     RETURNING seq`,
    [collection, doc.id, doc.storeId, doc.version, deleted, JSON.stringify(doc)],
  );
  return Number(rows[0]?.seq ?? 0);
}

/**
 * Writes many documents of one collection, each with a fresh sequence number assigned in array
 * order (callers hold the write lock), as multi-row INSERTs of `chunkSize` rows: the seeder's path
 * for large demo stores. Same row semantics as `putDoc`; ids must be unique within one call.
 */
export async function putDocs(
  db: Queryable,
  collection: SyncedCollection,
  docs: readonly { id: string; storeId: string; version: number }[],
  chunkSize = 500,
): Promise<void> {
  for (let start = 0; start < docs.length; start += chunkSize) {
    const chunk = docs.slice(start, start + chunkSize);
    const params: unknown[] = [collection];
    const rows = chunk.map((doc) => {
      const base = params.length;
      params.push(doc.id, doc.storeId, doc.version, JSON.stringify(doc));
      return `($1, $${base + 1}, $${base + 2}, nextval('sync_seq'), $${base + 3}, false, $${base + 4}::jsonb)`;
    });
    // VALUES rows are evaluated in the order written, so nextval() follows the array order
    await db.query(
      `INSERT INTO docs (collection, id, store_id, seq, version, deleted, data)
       VALUES ${rows.join(',\n       ')}
       ON CONFLICT (collection, id) DO UPDATE SET seq = EXCLUDED.seq, version = EXCLUDED.version,
         deleted = EXCLUDED.deleted, data = EXCLUDED.data, store_id = EXCLUDED.store_id`,
      params,
    );
  }
}

/** Pages documents changed after `afterSeq`, in sequence order. */
export async function listChangedDocs<T>(
  db: Queryable,
  collection: SyncedCollection,
  storeId: string,
  afterSeq: number,
  limit: number,
): Promise<StoredDoc<T>[]> {
  const rows = await db.query<DocRow>(
    `SELECT id, seq, version, deleted, data FROM docs
     WHERE collection = $1 AND store_id = $2 AND seq > $3 ORDER BY seq LIMIT $4`,
    [collection, storeId, afterSeq, limit],
  );
  return rows.map((row) => toStored<T>(row));
}

const WRITE_LOCK_KEY = 704_111;

export interface WriteScope {
  tx: Queryable;
  /** Marks a collection as changed so live subscribers are told after commit. */
  touch: (collection: SyncedCollection) => void;
}

/**
 * Runs `fn` in a transaction holding the global write lock, so sequence numbers become visible in
 * order (a pull never skips a row committed late); subscribers are notified after commit.
 */
export async function withWriteTransaction<T>(
  db: SqlClient,
  feed: ChangeFeed,
  storeId: string,
  fn: (scope: WriteScope) => Promise<T>,
): Promise<T> {
  const touched = new Set<SyncedCollection>();
  const result = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK_KEY]);
    return fn({ tx, touch: (collection) => touched.add(collection) });
  });
  feed.publish({ storeId, collections: [...touched] });
  return result;
}
