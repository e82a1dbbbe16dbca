import type { PullCheckpoint } from './pull-checkpoint';
import type { PulledDoc } from './pull-writer';
import { yieldToMain } from './yield-to-main';

/** One page of a collection's changes after a checkpoint, in the server's sequence order. */
export interface PullPage {
  documents: PulledDoc[];
  checkpoint: PullCheckpoint | null;
}

export interface CollectionPullOptions {
  /** Asks the server for the changes after `checkpoint`; a page shorter than `pageSize` is the last. */
  fetchPage: (checkpoint: PullCheckpoint | null, pageSize: number, signal: AbortSignal) => Promise<PullPage>;
  /** Stores a slice of a page locally; it must be durable when the promise resolves. */
  writePage: (documents: readonly PulledDoc[]) => Promise<void>;
  checkpoints: {
    load: () => Promise<PullCheckpoint | null>;
    save: (checkpoint: PullCheckpoint) => Promise<void>;
  };
  pageSize: number;
  /** The first page of a device without a checkpoint (initial sync): small, so the first screen comes early. */
  firstPageSize?: number;
  /**
   * Documents per write: a page is written in slices with a yield to the main thread between, so no
   * write blocks the UI for long; the checkpoint is stored once the page's last slice is written.
   */
  sliceSize?: number;
  /** Lets the main thread run between two slices (tests pass their own). */
  yieldBetweenSlices?: () => Promise<void>;
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

  private fetch(checkpoint: PullCheckpoint | null, limit: number): Promise<PullPage> {
    return handledLater(this.options.fetchPage(checkpoint, limit, this.abort.signal));
  }

  private async pullToEnd(): Promise<void> {
    const { pageSize, checkpoints } = this.options;
    let stored = await checkpoints.load();
    let limit = stored === null ? Math.min(this.options.firstPageSize ?? pageSize, pageSize) : pageSize;
    let next = this.fetch(stored, limit);
    for (;;) {
      const page = await next;
      if (this.stopped) return;
      this.options.onPulled?.();
      const more = page.documents.length >= limit;
      limit = pageSize;
      if (more) next = this.fetch(page.checkpoint, limit);
      if (!(await this.writeInSlices(page.documents))) return;
      if (page.checkpoint && page.checkpoint.seq !== stored?.seq) await checkpoints.save(page.checkpoint);
      stored = page.checkpoint;
      if (!more) return;
    }
  }

  /** Writes a page slice by slice, yielding between; false when stopped before the page was complete. */
  private async writeInSlices(documents: readonly PulledDoc[]): Promise<boolean> {
    const size = this.options.sliceSize ?? documents.length;
    const yieldBetween = this.options.yieldBetweenSlices ?? yieldToMain;
    for (let start = 0; start < documents.length; start += size) {
      if (start > 0) {
        await yieldBetween();
        if (this.stopped) return false;
      }
      await this.options.writePage(documents.slice(start, start + size));
    }
    return true;
  }
}
