import {
  BehaviorSubject,
  Subject,
  filter,
  first,
  map,
  startWith,
  switchMap,
  type Observable,
  type Subscription,
} from 'rxjs';
import type { RxChangeEventBulk, RxCollection } from 'rxdb';
import type { OutboxEntry } from './local-schemas';
import { putOutboxEntry, removeOutboxEntry } from './overlay';
import { readAllStored, withoutStorageFields, type StoredDoc } from './stored-docs';

/** One outbox document as it was before and is after a write (`undefined`: absent). */
export interface OutboxEntryChange {
  id: string;
  previous: OutboxEntry | undefined;
  current: OutboxEntry | undefined;
}

/** What one outbox write (an RxDB event bulk) changed. */
export interface OutboxChange {
  entries: readonly OutboxEntryChange[];
  /** Targets whose entry list changed. */
  targets: ReadonlySet<string>;
}

function plainEntry(data: Record<string, unknown>): OutboxEntry {
  const { _deleted: _d, ...rest } = withoutStorageFields(data);
  return rest as unknown as OutboxEntry; // the outbox schema stores OutboxEntry documents
}

/** Creation order (the order commands are applied and pushed in): createdAt, then id. */
export function compareCreation(a: OutboxEntry, b: OutboxEntry): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Position of `entry` in `list` (creation order): where it is, or where it would go. */
function searchCreation(list: readonly OutboxEntry[], entry: OutboxEntry): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = list[middle];
    if (other && compareCreation(other, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The outbox in memory for every standing subscriber (sync engine, hooks, exception queue): loaded
 * once with one storage read, then kept current from the collection's event bulks, so a write of k
 * commands costs O(k log n) here, and subscribers learn what changed instead of re-reading the outbox.
 */
export class OutboxStore {
  readonly ready$ = new BehaviorSubject(false);
  /** Bumped once per outbox write, after the store applied it. */
  readonly version$ = new BehaviorSubject(0);
  private readonly changeSubject = new Subject<OutboxChange>();
  readonly changes$: Observable<OutboxChange> = this.changeSubject.asObservable();
  private readonly byId = new Map<string, OutboxEntry>();
  private readonly byTarget = new Map<string, OutboxEntry[]>();
  /** Every entry in creation order. */
  private readonly ordered: OutboxEntry[] = [];
  private snapshot: readonly OutboxEntry[] | undefined;
  private pendingCount = 0;
  private rejectedCount = 0;
  private subscription: Subscription | undefined;
  private started: Promise<void> | undefined;

  constructor(private readonly collection: RxCollection<OutboxEntry>) {}

  /** Loads the outbox once and follows it (events arriving during the load are replayed); idempotent. */
  start(): Promise<void> {
    this.started ??= this.load();
    return this.started;
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  private async load(): Promise<void> {
    const buffered: RxChangeEventBulk<OutboxEntry>[] = [];
    let loaded = false;
    this.subscription = this.collection.eventBulks$.subscribe((bulk) =>
      loaded ? this.applyBulk(bulk) : buffered.push(bulk),
    );
    const documents = await readAllStored(this.collection);
    for (const doc of documents) if (!doc._deleted) this.put(plainEntry(doc));
    loaded = true;
    for (const bulk of buffered) this.applyBulk(bulk);
    this.ready$.next(true);
  }

  /** Emits `project()` once the store is loaded and again after every change `relevant` accepts. */
  select<T>(project: () => T, relevant: (change: OutboxChange) => boolean = () => true): Observable<T> {
    return this.ready$.pipe(
      first(Boolean),
      switchMap(() => this.changes$.pipe(filter(relevant), startWith(undefined))),
      map(() => project()),
    );
  }

  get size(): number {
    return this.byId.size;
  }

  get pending(): number {
    return this.pendingCount;
  }

  get rejected(): number {
    return this.rejectedCount;
  }

  get(id: string): OutboxEntry | undefined {
    return this.byId.get(id);
  }

  /** The entries of one target, in creation order (do not mutate). */
  forTarget(targetId: string): readonly OutboxEntry[] {
    return this.byTarget.get(targetId) ?? [];
  }

  /** Every entry in creation order: one array per outbox version (copied on first call after a change). */
  all(): readonly OutboxEntry[] {
    this.snapshot ??= this.ordered.slice();
    return this.snapshot;
  }

  private applyBulk(bulk: RxChangeEventBulk<OutboxEntry>): void {
    const entries: OutboxEntryChange[] = [];
    const targets = new Set<string>();
    for (const event of bulk.events) {
      const data = event.documentData as unknown as StoredDoc; // outbox events carry stored outbox documents
      const deleted = event.operation === 'DELETE' || data._deleted === true;
      const previous = this.byId.get(event.documentId);
      if (previous) this.remove(previous);
      const current = deleted ? undefined : plainEntry(data);
      if (current) this.put(current);
      if (!previous && !current) continue;
      entries.push({ id: event.documentId, previous, current });
      if (previous) targets.add(previous.targetId);
      if (current) targets.add(current.targetId);
    }
    if (entries.length === 0) return;
    this.version$.next(this.version$.value + 1);
    this.changeSubject.next({ entries, targets });
  }

  private put(entry: OutboxEntry): void {
    const previous = this.byId.get(entry.id);
    if (previous) this.remove(previous);
    this.byId.set(entry.id, entry);
    putOutboxEntry(this.byTarget, entry);
    const last = this.ordered[this.ordered.length - 1];
    if (!last || compareCreation(last, entry) < 0)
      this.ordered.push(entry); // new commands are the newest
    else this.ordered.splice(searchCreation(this.ordered, entry), 0, entry);
    this.count(entry, 1);
    this.snapshot = undefined;
  }

  private remove(entry: OutboxEntry): void {
    this.byId.delete(entry.id);
    removeOutboxEntry(this.byTarget, entry.targetId, entry.id);
    const at = searchCreation(this.ordered, entry);
    if (this.ordered[at]?.id === entry.id) this.ordered.splice(at, 1);
    this.count(entry, -1);
    this.snapshot = undefined;
  }

  private count(entry: OutboxEntry, delta: number): void {
    if (entry.status === 'pending') this.pendingCount += delta;
    else if (entry.status === 'rejected') this.rejectedCount += delta;
  }
}

const stores = new WeakMap<RxCollection<OutboxEntry>, OutboxStore>();

/** The one outbox store of a database's outbox collection, started on first use. */
export function outboxStoreOf(db: { outbox: RxCollection<OutboxEntry> }): OutboxStore {
  let store = stores.get(db.outbox);
  if (!store) {
    store = new OutboxStore(db.outbox);
    stores.set(db.outbox, store);
    void store.start();
  }
  return store;
}
