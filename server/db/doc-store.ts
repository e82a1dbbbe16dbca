import { sql } from 'kysely';
import { qb, run } from './kysely';
import type { Queryable } from './sql-client';
import { docText } from './doc-queries';

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
  let query = qb
    .selectFrom('docs')
    .select(['id', 'seq', 'version', 'deleted', 'data'])
    .where('collection', '=', collection)
    .where('id', '=', id);
  if (options.storeId) query = query.where('store_id', '=', options.storeId);
  if (options.forUpdate) query = query.forUpdate();
  const rows: DocRow[] = await run(db, query);
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
    const values = rows.slice(start, start + chunkSize).map((row) => ({
      collection: row.collection,
      id: row.id,
      store_id: row.storeId,
      seq: sql<number>`nextval('sync_seq')`,
      version: row.version,
      deleted: row.deleted,
      data: sql<string>`${row.json}::jsonb`,
    }));
    // VALUES rows are evaluated in the order written, so nextval() follows the array order
    await run(
      db,
      qb
        .insertInto('docs')
        .values(values)
        .onConflict((conflict) =>
          conflict.columns(['collection', 'id']).doUpdateSet((eb) => ({
            seq: eb.ref('excluded.seq'),
            version: eb.ref('excluded.version'),
            deleted: eb.ref('excluded.deleted'),
            data: eb.ref('excluded.data'),
            store_id: eb.ref('excluded.store_id'),
          })),
        ),
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
  const rows = await run(
    db,
    qb
      .selectFrom('docs')
      .select(['id', 'seq', 'version', 'deleted', 'data', 'store_id'])
      .where('collection', '=', collection)
      .where('id', '=', (eb) => eb.fn.any(sql<string[]>`${[...ids]}::uuid[]`)),
  );
  return rows.map((row) => ({ doc: toStored<T>(row), storeId: row.store_id }));
}

/** The documents of one collection and store (deleted ones included), in sequence order. */
function storeDocs(collection: SyncedCollection, storeId: string) {
  return qb
    .selectFrom('docs')
    .select(['id', 'seq', 'version', 'deleted', 'data'])
    .where('collection', '=', collection)
    .where('store_id', '=', storeId)
    .orderBy('seq');
}

/**
 * Reads the documents of one collection and store whose top-level text `field` is one of `values`
 * (deleted ones included, in sequence order), e.g. the invoices of every order a push targets.
 */
export async function readDocsWhere<T>(
  db: Queryable,
  collection: SyncedCollection,
  storeId: string,
  field: string,
  values: readonly string[],
): Promise<StoredDoc<T>[]> {
  if (values.length === 0) return [];
  const rows = await run(db, storeDocs(collection, storeId).where(docText(field), 'in', [...values]));
  return rows.map((row) => toStored<T>(row));
}

/** Pages documents changed after `afterSeq`, in sequence order. */
export async function listChangedDocs<T>(
  db: Queryable,
  collection: SyncedCollection,
  storeId: string,
  afterSeq: number,
  limit: number,
): Promise<StoredDoc<T>[]> {
  const rows = await run(db, storeDocs(collection, storeId).where('seq', '>', afterSeq).limit(limit));
  return rows.map((row) => toStored<T>(row));
}
