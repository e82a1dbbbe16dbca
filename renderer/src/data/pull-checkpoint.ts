import {
  createRevision,
  getPrimaryKeyOfInternalDocument,
  now,
  type InternalStoreDocType,
  type RxDatabase,
  type RxDocumentData,
} from 'rxdb';

/** The server's position in one collection's change feed: every change up to `seq` is stored locally. */
export interface PullCheckpoint {
  seq: number;
}

type CheckpointDoc = RxDocumentData<InternalStoreDocType<PullCheckpoint>>;

// 'OTHER' is the internal store's context for documents RxDB itself does not interpret.
const CONTEXT = 'OTHER';

/**
 * Keeps one collection's pull checkpoint in the database's own internal store, so it lives and dies
 * with the local data (deleting the device's database also forgets how far it had pulled).
 */
export class PullCheckpointStore {
  private readonly key: string;
  private readonly id: string;
  private stored: CheckpointDoc | undefined;

  constructor(
    private readonly db: Pick<RxDatabase, 'internalStore' | 'token'>,
    remoteCollection: string,
  ) {
    this.key = `orderdesk-pull-${remoteCollection}`;
    this.id = getPrimaryKeyOfInternalDocument(this.key, CONTEXT);
  }

  async load(): Promise<PullCheckpoint | null> {
    const [doc] = await this.db.internalStore.findDocumentsById([this.id], false);
    this.stored = doc;
    const seq: unknown = this.stored?.data.seq;
    return typeof seq === 'number' ? { seq } : null;
  }

  /** Stores the checkpoint unless another writer (a second window) already stored a later one. */
  async save(checkpoint: PullCheckpoint): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (this.stored && !this.stored._deleted && this.stored.data.seq >= checkpoint.seq) return;
      const document: CheckpointDoc = {
        id: this.id,
        key: this.key,
        context: CONTEXT,
        data: { seq: checkpoint.seq },
        _deleted: false,
        _attachments: {},
        _meta: { lwt: now() },
        _rev: createRevision(this.db.token, this.stored),
      };
      const previous = this.stored;
      const result = await this.db.internalStore.bulkWrite(
        [previous ? { previous, document } : { document }],
        'orderdesk-pull-checkpoint',
      );
      const conflict = result.error[0];
      if (!conflict) {
        this.stored = document;
        return;
      }
      if (conflict.status !== 409)
        throw new Error(`Could not store the pull checkpoint (${conflict.status})`);
      this.stored = conflict.documentInDb; // written by another window: compare again
    }
  }
}
