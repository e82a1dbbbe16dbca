import { EventEmitter } from 'node:events';
import type { Queryable } from '../db/sql-client';

/** Collections of a store changed (committed); subscribers re-pull them from their checkpoints. */
export interface ChangeNotice {
  storeId: string;
  collections: string[];
}

/** Workstations of a store were revoked; their live streams end with DEVICE_REVOKED. */
export interface RevocationNotice {
  storeId: string;
  deviceIds: string[];
}

/** Staff accounts or sessions of a store changed (role, password, deactivation): cached sign-ins are dropped. */
export interface AuthNotice {
  storeId: string;
}

/** What subscribers hear. `gap`: notices may have been missed (feed reconnected), resync everything. */
export type FeedMessage =
  | ({ type: 'changes' } & ChangeNotice)
  | ({ type: 'revoked' } & RevocationNotice)
  | ({ type: 'auth' } & AuthNotice)
  | { type: 'gap' };

/**
 * Notices of committed changes feeding the live sync streams. In one process (PGlite) an
 * EventEmitter; with PostgreSQL, NOTIFY queued inside the writing transaction and heard by every
 * server process through its LISTEN connection (`postgres-change-feed.ts`).
 */
export interface ChangeFeed {
  /** Inside the writing transaction, before commit (PostgreSQL delivers the NOTIFY at commit, never on rollback). */
  beforeCommit(tx: Queryable, notice: ChangeNotice): Promise<void>;
  /** After the transaction committed. */
  afterCommit(notice: ChangeNotice): void;
  /** Tells every process that workstations were revoked (outside any transaction). */
  publishRevocation(notice: RevocationNotice): Promise<void>;
  /** Tells every process that staff accounts of a store changed (outside any transaction). */
  publishAuthChange(notice: AuthNotice): Promise<void>;
  /** False while notices may be missed (LISTEN connection lost): nothing cached may be trusted. */
  isLive(): boolean;
  subscribe(listener: (message: FeedMessage) => void): () => void;
  close(): Promise<void>;
}

/** The feed of a single server process (PGlite, or tests): an EventEmitter. */
export class InProcessChangeFeed implements ChangeFeed {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  beforeCommit(): Promise<void> {
    return Promise.resolve();
  }

  afterCommit(notice: ChangeNotice): void {
    if (notice.collections.length > 0) this.emit({ type: 'changes', ...notice });
  }

  publishRevocation(notice: RevocationNotice): Promise<void> {
    this.emit({ type: 'revoked', ...notice });
    return Promise.resolve();
  }

  publishAuthChange(notice: AuthNotice): Promise<void> {
    this.emit({ type: 'auth', ...notice });
    return Promise.resolve();
  }

  isLive(): boolean {
    return true;
  }

  /** Delivers a message to the subscribers of this process (the PostgreSQL feed's listener uses it too). */
  emit(message: FeedMessage): void {
    this.emitter.emit('message', message);
  }

  subscribe(listener: (message: FeedMessage) => void): () => void {
    this.emitter.on('message', listener);
    return () => this.emitter.off('message', listener);
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return Promise.resolve();
  }
}
