/** Ids changed after a reader's position, and the position to ask from next time. */
export interface JournalRead {
  /** Changed ids in no particular order (an id may repeat); `undefined`: too far behind, read everything again. */
  ids: readonly string[] | undefined;
  position: number;
}

/**
 * The ids of changed entries in the order they changed, so a reader that kept a result derived
 * from them (the order list's sorted query) updates just those instead of recomputing everything.
 * Readers hold their own position; the journal keeps only its recent part and tells a reader that
 * fell behind it to start over.
 */
export class ChangeJournal {
  private ids: string[] = [];
  /** Position of `ids[0]`. */
  private start = 0;

  constructor(private readonly keep: () => number) {}

  /** The position after the latest change. */
  get position(): number {
    return this.start + this.ids.length;
  }

  record(id: string): void {
    this.ids.push(id);
    const limit = Math.max(1000, this.keep());
    if (this.ids.length <= 2 * limit) return;
    const dropped = this.ids.length - limit;
    this.ids = this.ids.slice(dropped);
    this.start += dropped;
  }

  /** The changes after `position` (from `position` on this journal). */
  since(position: number): JournalRead {
    const end = this.position;
    if (position < this.start || position > end) return { ids: undefined, position: end };
    return { ids: this.ids.slice(position - this.start), position: end };
  }
}
