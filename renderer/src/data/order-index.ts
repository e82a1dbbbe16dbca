import { BehaviorSubject, type Subscription } from 'rxjs';
import { normalizeMangoQuery, prepareQuery, type RxChangeEventBulk, type RxCollection } from 'rxdb';
import type { Order } from '../../../shared/schemas/order';
import type { StaffUser } from '../../../shared/schemas/user';
import { buildSearchEntry, type OrderSearchEntry } from '../../../shared/domain/order/order-search';
import type { OrderDeskDatabase } from './database';
import type { OutboxEntry } from './local-schemas';
import { applyOverlay, putOutboxEntry, removeOutboxEntry } from './overlay';

type StoredOrder = Order & { _deleted?: boolean };
type Stored = Record<string, unknown> & { _deleted?: boolean };

function plainDoc(data: Record<string, unknown>): Record<string, unknown> {
  const { _meta: _m, _rev: _r, _attachments: _a, ...rest } = data;
  return rest;
}

function plainOrder(data: Record<string, unknown>): StoredOrder {
  return plainDoc(data) as unknown as StoredOrder; // the replicated document is an Order as the server stored it
}

function plainEntry(data: Record<string, unknown>): OutboxEntry {
  return plainDoc(data) as unknown as OutboxEntry; // the outbox schema stores OutboxEntry documents
}

/** Every stored document of a collection as plain data (one storage read, no RxDocument per row). */
async function readAll(collection: RxCollection): Promise<Stored[]> {
  const schema = collection.schema.jsonSchema;
  const query = prepareQuery(schema, normalizeMangoQuery(schema, { selector: {} }));
  const { documents } = await collection.storageInstance.query(query);
  return documents as Stored[];
}

/**
 * The order list's working set: every local order in memory (one bulk read of plain documents),
 * kept current from the collection's change stream and the outbox, with the overlay applied and
 * search keys precomputed, so filtering and sorting 100,000 orders stays interactive.
 */
export class OrderIndex {
  /** Bumped (at most once per frame) whenever any order changed. */
  readonly version$ = new BehaviorSubject(0);
  readonly ready$ = new BehaviorSubject(false);
  private readonly base = new Map<string, Order>();
  private readonly entries = new Map<string, OrderSearchEntry>();
  /** In-flight and unresolved outbox entries per target, in creation order. */
  private readonly outbox = new Map<string, OutboxEntry[]>();
  /** Target of every outbox entry (a deletion event is matched by id). */
  private readonly outboxTargets = new Map<string, string>();
  private subscriptions: Subscription[] = [];
  private bumpScheduled = false;

  constructor(
    private readonly db: OrderDeskDatabase,
    private readonly actor: StaffUser,
  ) {}

  /**
   * Loads everything once, then follows both collections' change events (those arriving during the
   * load are replayed). The outbox is followed by its events, not a live query: a bulk run queues
   * thousands of commands, and each write then touches only the orders it targets.
   */
  async start(): Promise<void> {
    const buffered: RxChangeEventBulk<unknown>[] = [];
    const bufferedOutbox: RxChangeEventBulk<unknown>[] = [];
    let loaded = false;
    this.subscriptions.push(
      this.db.orders.eventBulks$.subscribe((bulk) => (loaded ? this.applyBulk(bulk) : buffered.push(bulk))),
      this.db.outbox.eventBulks$.subscribe((bulk) =>
        loaded ? this.applyOutboxBulk(bulk) : bufferedOutbox.push(bulk),
      ),
    );
    const [orders, outbox] = await Promise.all([readAll(this.db.orders), readAll(this.db.outbox)]);
    for (const doc of outbox) this.putEntry(String(doc.id), doc._deleted ? undefined : doc);
    for (const doc of orders) this.putBase(plainOrder(doc), false);
    loaded = true;
    for (const bulk of buffered) this.applyBulk(bulk);
    for (const bulk of bufferedOutbox) this.applyOutboxBulk(bulk);
    this.ready$.next(true);
    this.bump();
  }

  stop(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.subscriptions = [];
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

  /** The replicated version of an order (the `expectedVersion` of a new command). */
  baseVersion(id: string): number | undefined {
    return this.base.get(id)?.version;
  }

  /** Whether the order has commands waiting to be sent. */
  hasPending(id: string): boolean {
    return this.outbox.get(id)?.some((entry) => entry.status === 'pending') ?? false;
  }

  private applyBulk(bulk: RxChangeEventBulk<unknown>): void {
    for (const event of bulk.events) {
      if (event.operation === 'DELETE' || (event.documentData as { _deleted?: boolean })._deleted) this.remove(event.documentId);
      else this.putBase(plainOrder(event.documentData), true);
    }
    this.bump();
  }

  private putBase(order: StoredOrder, notify: boolean): void {
    if (order._deleted) {
      this.remove(order.id);
      return;
    }
    this.base.set(order.id, order);
    this.rebuild(order.id);
    if (notify) this.bump();
  }

  private remove(id: string): void {
    this.base.delete(id);
    this.entries.delete(id);
  }

  private rebuild(id: string): void {
    const base = this.base.get(id);
    if (!base) return;
    const pending = this.outbox.get(id);
    this.entries.set(id, buildSearchEntry(pending ? applyOverlay(base, pending, this.actor) : base));
  }

  /** Records one stored outbox document (`undefined`: deleted); returns the targets touched. */
  private putEntry(id: string, doc: Stored | undefined): string[] {
    const touched: string[] = [];
    const previousTarget = this.outboxTargets.get(id);
    if (previousTarget !== undefined) {
      removeOutboxEntry(this.outbox, previousTarget, id);
      this.outboxTargets.delete(id);
      touched.push(previousTarget);
    }
    if (doc) {
      const entry = plainEntry(doc);
      putOutboxEntry(this.outbox, entry);
      this.outboxTargets.set(id, entry.targetId);
      if (entry.targetId !== previousTarget) touched.push(entry.targetId);
    }
    return touched;
  }

  /** Re-applies the overlay of just the orders whose outbox entries changed. */
  private applyOutboxBulk(bulk: RxChangeEventBulk<unknown>): void {
    const touched = new Set<string>();
    for (const event of bulk.events) {
      const doc = event.documentData as Stored; // outbox events carry stored outbox documents
      const deleted = event.operation === 'DELETE' || doc._deleted === true;
      for (const target of this.putEntry(event.documentId, deleted ? undefined : doc)) touched.add(target);
    }
    for (const id of touched) this.rebuild(id);
    if (touched.size > 0) this.bump();
  }

  private bump(): void {
    if (this.bumpScheduled) return;
    this.bumpScheduled = true;
    setTimeout(() => {
      this.bumpScheduled = false;
      this.version$.next(this.version$.value + 1);
    }, 16);
  }
}
