import { deepEqual, type BulkWriteRow, type RxCollection, type RxDocumentData } from 'rxdb';
import { withoutStorageFields } from './stored-docs';

/** A document as the server's pull sends it: its data, id and whether it was deleted. */
export type PulledDoc = Record<string, unknown> & { id: string; _deleted: boolean };

type LooseDoc = Record<string, unknown> & { id: string };

function rowFor(pulled: PulledDoc, previous?: RxDocumentData<LooseDoc>): BulkWriteRow<LooseDoc> {
  // _meta and _rev are set by the collection's storage wrapper (new lwt, next revision after `previous`)
  const document = { ...pulled, _attachments: {}, _meta: { lwt: 0 }, _rev: '' };
  return previous ? { previous, document } : { document };
}

/**
 * Stores one page of server documents as the new local state, the way RxDB's pull replication
 * would (deletions become tombstones, unchanged documents are not rewritten) but without its
 * per-document bookkeeping: every document is first written as an insert, in one bulk write; the
 * ones already stored come back as conflicts carrying the stored state and are written again on top
 * of it. A fresh device (initial sync) thus needs one write per page.
 */
export async function writePulledDocs(
  collection: RxCollection<LooseDoc>,
  docs: readonly PulledDoc[],
): Promise<void> {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  let rows = [...byId.values()].map((doc) => rowFor(doc));
  for (let attempt = 0; rows.length > 0; attempt += 1) {
    if (attempt === 3) throw new Error(`Pulled ${collection.name} kept conflicting with other writes`);
    const result = await collection.storageInstance.bulkWrite(rows, 'orderdesk-pull');
    rows = [];
    for (const error of result.error) {
      const pulled = byId.get(error.documentId);
      const stored = error.status === 409 ? error.documentInDb : undefined;
      if (!pulled || !stored)
        throw new Error(`Could not store pulled ${collection.name} ${error.documentId} (${error.status})`);
      if (!deepEqual(withoutStorageFields(stored), pulled)) rows.push(rowFor(pulled, stored));
    }
  }
}
