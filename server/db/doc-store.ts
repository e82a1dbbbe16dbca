import type { Queryable } from './sql-client';

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

/** One row to upsert: the document's JSON is written as given. */
export interface DocRowInput {
  collection: SyncedCollection;
  id: string;
  storeId: string;
  version: number;
  deleted: boolean;
  json: string;
}

/**
 * Upserts rows, each with a fresh sequence number assigned in array order (callers hold the write
 * lock), as multi-row INSERTs of `chunkSize` rows; ids must be unique per collection within a call.
 */
export async function upsertDocRows(
  db: Queryable,
  rows: readonly DocRowInput[],
  chunkSize = 500,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    const params: unknown[] = [];
    const values = rows.slice(start, start + chunkSize).map((row) => {
      const base = params.length;
      params.push(row.collection, row.id, row.storeId, row.version, row.deleted, row.json);
      return `($${base + 1}, $${base + 2}, $${base + 3}, nextval('sync_seq'), $${base + 4}, $${base + 5}, $${base + 6}::jsonb)`;
    });
    // VALUES rows are evaluated in the order written, so nextval() follows the array order
    await db.query(
      `INSERT INTO docs (collection, id, store_id, seq, version, deleted, data)
       VALUES ${values.join(',\n       ')}
       ON CONFLICT (collection, id) DO UPDATE SET seq = EXCLUDED.seq, version = EXCLUDED.version,
         deleted = EXCLUDED.deleted, data = EXCLUDED.data, store_id = EXCLUDED.store_id`,
      params,
    );
  }
}

/** Writes a document with a fresh sequence number (callers hold the write lock). */
export async function putDoc(
  db: Queryable,
  collection: SyncedCollection,
  doc: { id: string; storeId: string; version: number },
  deleted = false,
): Promise<void> {
  await putDocs(db, collection, [doc], 1, deleted);
}

/** Writes many documents of one collection (the seeder's path for large demo stores); see upsertDocRows. */
export async function putDocs(
  db: Queryable,
  collection: SyncedCollection,
  docs: readonly { id: string; storeId: string; version: number }[],
  chunkSize = 500,
  deleted = false,
): Promise<void> {
  const rows = docs.map((doc) => ({
    collection,
    id: doc.id,
    storeId: doc.storeId,
    version: doc.version,
    deleted,
    json: JSON.stringify(doc),
  }));
  await upsertDocRows(db, rows, chunkSize);
}

/** Reads documents of one collection by id (any store), with each one's store. */
export async function readDocs<T>(
  db: Queryable,
  collection: SyncedCollection,
  ids: readonly string[],
): Promise<{ doc: StoredDoc<T>; storeId: string }[]> {
  const rows = await db.query<DocRow & { store_id: string }>(
    'SELECT id, seq, version, deleted, data, store_id FROM docs WHERE collection = $1 AND id = ANY($2::uuid[])',
    [collection, [...ids]],
  );
  return rows.map((row) => ({ doc: toStored<T>(row), storeId: row.store_id }));
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
