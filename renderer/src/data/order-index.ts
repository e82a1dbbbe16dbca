import { BehaviorSubject, type Subscription } from 'rxjs';
import { normalizeMangoQuery, prepareQuery, type RxChangeEventBulk } from 'rxdb';
import type { Order } from '../../../shared/schemas/order';
import type { StaffUser } from '../../../shared/schemas/user';
import { buildSearchEntry, type OrderSearchEntry } from '../../../shared/domain/order/order-search';
import type { OrderDeskDatabase } from './database';
import type { OutboxEntry } from './local-schemas';
import { applyOverlay, groupOutboxByTarget } from './overlay';

type StoredOrder = Order & { _deleted?: boolean };

function signature(entries: readonly OutboxEntry[] | undefined): string {
  return entries ? entries.map((e) => `${e.id}:${e.status}:${e.appliedVersion ?? ''}`).join('|') : '';
}

function plainOrder(data: Record<string, unknown>): StoredOrder {
  const { _meta: _m, _rev: _r, _attachments: _a, ...rest } = data;
  return rest as unknown as StoredOrder; // the replicated document is an Order as the server stored it
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
  private outbox = new Map<string, OutboxEntry[]>();
  private subscriptions: Subscription[] = [];
  private bumpScheduled = false;

  constructor(
    private readonly db: OrderDeskDatabase,
    private readonly actor: StaffUser,
  ) {}

  /** Loads everything once, then follows changes (events arriving during the load are replayed). */
  async start(): Promise<void> {
    const buffered: RxChangeEventBulk<unknown>[] = [];
    let loaded = false;
    this.subscriptions.push(
      this.db.orders.eventBulks$.subscribe((bulk) => (loaded ? this.applyBulk(bulk) : buffered.push(bulk))),
    );
    const schema = this.db.orders.schema.jsonSchema;
    const query = prepareQuery(schema, normalizeMangoQuery(schema, { selector: {} }));
    const { documents } = await this.db.orders.storageInstance.query(query);
    for (const doc of documents) this.putBase(plainOrder(doc), false);
    loaded = true;
    for (const bulk of buffered) this.applyBulk(bulk);
    this.subscriptions.push(
      this.db.outbox.find().$.subscribe((docs) => this.applyOutbox(docs.map((doc) => doc.toJSON() as OutboxEntry))),
    );
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

  private applyOutbox(all: readonly OutboxEntry[]): void {
    const next = groupOutboxByTarget(all);
    const previous = this.outbox;
    this.outbox = next;
    const changed: string[] = [];
    for (const id of new Set([...previous.keys(), ...next.keys()])) {
      if (signature(previous.get(id)) !== signature(next.get(id))) changed.push(id);
    }
    for (const id of changed) this.rebuild(id);
    if (changed.length > 0) this.bump();
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
