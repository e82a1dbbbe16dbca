import { BehaviorSubject, type Subscription } from 'rxjs';
import type { RxChangeEventBulk, RxCollection } from 'rxdb';
import type { Order } from '../../../shared/schemas/order';
import type { OrderItemException } from '../../../shared/schemas/order-exception';
import type { Product } from '../../../shared/schemas/product';
import type { StaffUser } from '../../../shared/schemas/user';
import { buildSearchEntry, type OrderSearchEntry } from '../../../shared/domain/order/order-search';
import type { OrderDeskDatabase } from './database';
import { readAllStored, withoutStorageFields, type StoredDoc } from './stored-docs';
import type { OutboxEntry } from './local-schemas';
import { applyOverlay, createdOrderOf, putOutboxEntry, removeOutboxEntry } from './overlay';
import { ExceptionEntryIndex, type EntryMove } from './exception-entry-index';
import { isExceptionCommand } from './exception-overlay';
import { bumpDueAt } from './index-bump';
import { ChangeJournal, type JournalRead } from './change-journal';

type StoredOrder = Order & { _deleted?: boolean };

function plainOrder(data: Record<string, unknown>): StoredOrder {
  return withoutStorageFields(data) as unknown as StoredOrder; // the replicated document is an Order as the server stored it
}

function plainEntry(data: Record<string, unknown>): OutboxEntry {
  return withoutStorageFields(data) as unknown as OutboxEntry; // the outbox schema stores OutboxEntry documents
}

/**
 * The order list's working set: every local order in memory (one bulk read of plain documents),
 * kept current from the collection's change stream and the outbox, with the overlay applied and
 * search keys precomputed, so filtering and sorting 100,000 orders stays interactive.
 */
export class OrderIndex {
  /** Bumped whenever any order changed: within a frame for local changes, throttled by size for replicated ones. */
  readonly version$ = new BehaviorSubject(0);
  readonly ready$ = new BehaviorSubject(false);
  private readonly base = new Map<string, Order>();
  private readonly entries = new Map<string, OrderSearchEntry>();
  /** Ids whose entry changed (set or removed), for readers that keep derived results current. */
  private readonly journal = new ChangeJournal(() => this.entries.size);
  /** In-flight and unresolved outbox entries per order (exception commands: per order they touch), in creation order. */
  private readonly outbox = new Map<string, OutboxEntry[]>();
  /** Target of every order command in the outbox (a deletion event is matched by id). */
  private readonly outboxTargets = new Map<string, string>();
  /** Exception commands with the exceptions and products they read, and the orders they touch. */
  private readonly exceptionEntries = new ExceptionEntryIndex();
  /** Commands shown from memory whose outbox write has not been stored yet (a bulk run writes behind). */
  private readonly unsaved = new Set<string>();
  private subscriptions: Subscription[] = [];
  private bumpTimer: ReturnType<typeof setTimeout> | undefined;
  private bumpDue: number | undefined;
  private lastBump = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: OrderDeskDatabase,
    private readonly actor: StaffUser,
  ) {}

  /**
   * Loads everything once, then follows the collections' change events (those arriving during the
   * load are replayed in arrival order). The outbox is followed by its events, not a live query: a
   * bulk run queues thousands of commands, and each write then touches only the orders it targets.
   * Exceptions and products are followed for the exception commands replayed over orders.
   */
  async start(): Promise<void> {
    const buffered: (() => void)[] = [];
    let loaded = false;
    const follow = (
      collection: RxCollection,
      apply: (bulk: RxChangeEventBulk<unknown>) => void,
    ): Subscription =>
      collection.eventBulks$.subscribe((bulk) => (loaded ? apply(bulk) : buffered.push(() => apply(bulk))));
    this.subscriptions.push(
      follow(this.db.orders, (bulk) => this.applyBulk(bulk)),
      follow(this.db.outbox, (bulk) => this.applyOutboxBulk(bulk)),
      follow(this.db.orderexceptions, (bulk) => this.applyReferenceBulk(bulk, 'exception')),
      follow(this.db.products, (bulk) => this.applyReferenceBulk(bulk, 'product')),
    );
    const [orders, outbox, exceptions, products] = await Promise.all(
      [this.db.orders, this.db.outbox, this.db.orderexceptions, this.db.products].map((c) =>
        readAllStored(c),
      ),
    );
    for (const doc of exceptions ?? [])
      if (!doc._deleted) this.putReference(String(doc.id), doc, 'exception');
    for (const doc of products ?? []) if (!doc._deleted) this.putReference(String(doc.id), doc, 'product');
    for (const doc of outbox ?? []) this.putEntry(String(doc.id), doc._deleted ? undefined : plainEntry(doc));
    for (const doc of orders ?? []) this.putBase(plainOrder(doc));
    for (const id of this.outbox.keys()) if (!this.base.has(id)) this.rebuild(id); // created on this device
    loaded = true;
    for (const replay of buffered) replay();
    this.ready$.next(true);
    this.bump();
  }

  stop(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.subscriptions = [];
    clearTimeout(this.bumpTimer);
    this.bumpDue = undefined;
  }

  /** Every order as the user sees it (overlay applied), in no particular order. */
  all(): IterableIterator<OrderSearchEntry> {
    return this.entries.values();
  }

  get size(): number {
    return this.entries.size;
  }

  /** One order as the user sees it. */
  get(id: string): Order | undefined {
    return this.entries.get(id)?.order;
  }

  /** One order's search entry (`undefined`: no such order now). */
  entry(id: string): OrderSearchEntry | undefined {
    return this.entries.get(id);
  }

  /** The position after the latest change (read it together with `all()`). */
  get changePosition(): number {
    return this.journal.position;
  }

  /** Ids of the orders changed after `position`, and the position to ask from next. */
  changesSince(position: number): JournalRead {
    return this.journal.since(position);
  }

  /** The replicated version of an order (the `expectedVersion` of a new command). */
  baseVersion(id: string): number | undefined {
    return this.base.get(id)?.version;
  }

  /**
   * Shows commands before they are stored: applied to their orders at once (one version bump, now),
   * while the caller writes them to the outbox behind. The outbox events of that write are taken as
   * the same entries (no second apply); `dropUnsaved` takes back those never stored.
   */
  showUnsaved(entries: readonly OutboxEntry[]): void {
    const touched = new Set<string>();
    for (const entry of entries) {
      if (this.outboxTargets.has(entry.id)) continue; // already stored
      this.unsaved.add(entry.id);
      for (const target of this.putEntry(entry.id, entry)) touched.add(target);
    }
    for (const id of touched) this.rebuild(id);
    this.version$.next(this.version$.value + 1);
  }

  /** Takes back shown commands whose outbox write did not store them (failed or cancelled); others stay. */
  dropUnsaved(ids: readonly string[]): void {
    const touched = new Set<string>();
    for (const id of ids) {
      if (!this.unsaved.delete(id)) continue;
      for (const target of this.putEntry(id, undefined)) touched.add(target);
    }
    for (const id of touched) this.rebuild(id);
    if (touched.size > 0) this.bump();
  }

  /** Whether the order has commands waiting to be sent. */
  hasPending(id: string): boolean {
    return this.outbox.get(id)?.some((entry) => entry.status === 'pending') ?? false;
  }

  private applyBulk(bulk: RxChangeEventBulk<unknown>): void {
    for (const event of bulk.events) {
      if (event.operation === 'DELETE' || (event.documentData as { _deleted?: boolean })._deleted)
        this.remove(event.documentId);
      else this.putBase(plainOrder(event.documentData));
    }
    this.bump(true);
  }

  private putBase(order: StoredOrder): void {
    if (order._deleted) {
      this.remove(order.id);
      return;
    }
    this.base.set(order.id, order);
    this.rebuild(order.id);
  }

  private remove(id: string): void {
    this.base.delete(id);
    if (this.entries.delete(id)) this.journal.record(id);
  }

  private rebuild(id: string): void {
    const pending = this.outbox.get(id);
    const base = this.base.get(id) ?? createdOrderOf(pending ?? [], this.actor);
    if (!base) {
      if (this.entries.delete(id)) this.journal.record(id);
      return;
    }
    const order = pending ? applyOverlay(base, pending, this.actor, this.exceptionEntries) : base;
    this.entries.set(id, buildSearchEntry(order));
    this.journal.record(id);
  }

  /** Records one outbox entry (`undefined`: deleted); returns the targets touched. */
  private putEntry(id: string, entry: OutboxEntry | undefined): string[] {
    const touched: string[] = [];
    const previousTarget = this.outboxTargets.get(id);
    if (previousTarget !== undefined) {
      removeOutboxEntry(this.outbox, previousTarget, id);
      this.outboxTargets.delete(id);
      touched.push(previousTarget);
    }
    if (entry && !isExceptionCommand(entry)) {
      putOutboxEntry(this.outbox, entry);
      this.outboxTargets.set(id, entry.targetId);
      if (entry.targetId !== previousTarget) touched.push(entry.targetId);
    }
    touched.push(...this.applyMoves(this.exceptionEntries.putEntry(id, entry)));
    return touched;
  }

  /** Files exception commands under the orders they now touch; returns every order to rebuild. */
  private applyMoves(moves: readonly EntryMove[]): string[] {
    const touched: string[] = [];
    for (const { entry, before, after } of moves) {
      for (const orderId of before) removeOutboxEntry(this.outbox, orderId, entry.id);
      for (const orderId of after) putOutboxEntry(this.outbox, entry, orderId);
      touched.push(...before, ...after);
    }
    return touched;
  }

  /** Records one replicated exception or product; returns the orders whose overlay reads it. */
  private putReference(id: string, doc: StoredDoc | undefined, kind: 'exception' | 'product'): string[] {
    const data = doc ? withoutStorageFields(doc) : undefined;
    // replicated documents are the server's OrderItemException / Product documents
    const moves =
      kind === 'exception'
        ? this.exceptionEntries.putException(id, data as unknown as OrderItemException | undefined)
        : this.exceptionEntries.putProduct(id, data as unknown as Product | undefined);
    return this.applyMoves(moves);
  }

  private applyReferenceBulk(bulk: RxChangeEventBulk<unknown>, kind: 'exception' | 'product'): void {
    const touched = new Set<string>();
    for (const event of bulk.events) {
      const doc = event.documentData as StoredDoc;
      const deleted = event.operation === 'DELETE' || doc._deleted === true;
      for (const id of this.putReference(event.documentId, deleted ? undefined : doc, kind)) touched.add(id);
    }
    for (const id of touched) this.rebuild(id);
    if (touched.size > 0) this.bump();
  }

  /** Re-applies the overlay of just the orders whose outbox entries changed. */
  private applyOutboxBulk(bulk: RxChangeEventBulk<unknown>): void {
    const touched = new Set<string>();
    for (const event of bulk.events) {
      const doc = event.documentData as StoredDoc; // outbox events carry stored outbox documents
      const deleted = event.operation === 'DELETE' || doc._deleted === true;
      const entry = deleted ? undefined : plainEntry(doc);
      const wasShown = this.unsaved.delete(event.documentId);
      if (wasShown && entry?.status === 'pending') continue; // stored as shown: already applied
      for (const target of this.putEntry(event.documentId, entry)) touched.add(target);
    }
    for (const id of touched) this.rebuild(id);
    if (touched.size > 0) this.bump();
  }

  /** Schedules one version bump (an earlier one replaces a later one already scheduled). */
  private bump(replicated = false): void {
    const now = performance.now();
    const due = bumpDueAt(now, this.lastBump, this.entries.size, replicated);
    if (this.bumpDue !== undefined && this.bumpDue <= due) return;
    clearTimeout(this.bumpTimer);
    this.bumpDue = due;
    this.bumpTimer = setTimeout(() => {
      this.bumpDue = undefined;
      this.lastBump = performance.now();
      this.version$.next(this.version$.value + 1);
    }, due - now);
  }
}
