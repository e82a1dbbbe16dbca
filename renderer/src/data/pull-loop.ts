import type { PullCheckpoint } from './pull-checkpoint';
import type { PulledDoc } from './pull-writer';

/** One page of a collection's changes after a checkpoint, in the server's sequence order. */
export interface PullPage {
  documents: PulledDoc[];
  checkpoint: PullCheckpoint | null;
}

export interface CollectionPullOptions {
  /** Asks the server for the changes after `checkpoint`; a page shorter than `pageSize` is the last. */
  fetchPage: (checkpoint: PullCheckpoint | null, pageSize: number, signal: AbortSignal) => Promise<PullPage>;
  /** Stores a page locally; it must be durable when the promise resolves. */
  writePage: (documents: readonly PulledDoc[]) => Promise<void>;
  checkpoints: {
    load: () => Promise<PullCheckpoint | null>;
    save: (checkpoint: PullCheckpoint) => Promise<void>;
  };
  pageSize: number;
  /** Wait before retrying after a failed fetch or write (offline, server down). */
  retryMs: number;
  /** Called after every page the server answered. */
  onPulled?: () => void;
}

/** Marks a promise's rejection as handled now; whoever awaits it later still sees the rejection. */
function handledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Pulls one server-owned collection into the device: pages after the stored checkpoint, fetching
 * the next page while the previous one is written, until a short page. At most one loop runs per
 * collection; a resync asked for while it runs makes it run once more when it ends.
 */
export class CollectionPull {
  private rerun = false;
  private running: Promise<void> | undefined;
  private stopped = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly abort = new AbortController();
  private markFirstSync: () => void = () => undefined;
  private readonly firstSync = new Promise<void>((resolve) => (this.markFirstSync = resolve));

  constructor(private readonly options: CollectionPullOptions) {}

  /** Pulls from the checkpoint now, or once more after the current loop. */
  resync(): void {
    if (this.stopped) return;
    this.rerun = true;
    if (this.running) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.running = this.drain();
  }

  /** Resolves once the collection has been pulled up to the server's state at least once. */
  awaitInitialReplication(): Promise<void> {
    return this.firstSync;
  }

  /** Stops pulling: aborts the request in flight and waits for a write in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.abort.abort();
    await this.running;
  }

  private async drain(): Promise<void> {
    while (this.rerun && !this.stopped) {
      this.rerun = false;
      try {
        await this.pullToEnd();
        if (!this.stopped) this.markFirstSync();
      } catch {
        if (!this.stopped) this.retryTimer = setTimeout(() => this.resync(), this.options.retryMs);
        break;
      }
    }
    this.running = undefined; // in the same turn as the last check of `rerun`: no resync is lost
  }

  private fetch(checkpoint: PullCheckpoint | null): Promise<PullPage> {
    return handledLater(this.options.fetchPage(checkpoint, this.options.pageSize, this.abort.signal));
  }

  private async pullToEnd(): Promise<void> {
    const { pageSize, checkpoints } = this.options;
    let stored = await checkpoints.load();
    let next = this.fetch(stored);
    for (;;) {
      const page = await next;
      if (this.stopped) return;
      this.options.onPulled?.();
      const more = page.documents.length >= pageSize;
      if (more) next = this.fetch(page.checkpoint);
      if (page.documents.length > 0) await this.options.writePage(page.documents);
      if (page.checkpoint && page.checkpoint.seq !== stored?.seq) await checkpoints.save(page.checkpoint);
      stored = page.checkpoint;
      if (!more) return;
    }
  }
}
