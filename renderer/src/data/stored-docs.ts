import { normalizeMangoQuery, prepareQuery, type RxCollection } from 'rxdb';

/** A document as the RxDB storage holds it: its data plus RxDB's own fields. */
export type StoredDoc = Record<string, unknown> & { _deleted?: boolean };

/** The document's own data: RxDB's bookkeeping fields removed (`_deleted` is kept). */
export function withoutStorageFields(doc: Record<string, unknown>): Record<string, unknown> {
  const { _meta: _m, _rev: _r, _attachments: _a, ...rest } = doc;
  return rest;
}

/** Every stored document of a collection as plain data: one storage read, no RxDocument per row. */
export async function readAllStored(collection: RxCollection): Promise<StoredDoc[]> {
  const schema = collection.schema.jsonSchema;
  const query = prepareQuery(schema, normalizeMangoQuery(schema, { selector: {} }));
  const { documents } = await collection.storageInstance.query(query);
  return documents as StoredDoc[];
}
