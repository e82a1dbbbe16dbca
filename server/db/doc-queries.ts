import { sql, type RawBuilder } from 'kysely';
import type { SyncedCollection } from './doc-store';
import { qb } from './kysely';

/** The live (not deleted) documents of a collection in a store, to select from. */
export function liveDocs(collection: SyncedCollection, storeId: string) {
  return qb
    .selectFrom('docs')
    .where('collection', '=', collection)
    .where('store_id', '=', storeId)
    .where((eb) => eb.not(eb.ref('deleted')));
}

/**
 * A top-level text field of a document, `data->>'field'`. The key is written literally (not as a
 * parameter), so the expression indexes on `data->>'…'` serve the query.
 */
export function docText(field: string): RawBuilder<string | null> {
  return sql<string | null>`data->>${sql.lit(field)}`;
}
