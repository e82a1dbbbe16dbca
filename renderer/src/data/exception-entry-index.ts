import type { OrderItemException } from '../../../shared/schemas/order-exception';
import type { Product } from '../../../shared/schemas/product';
import type { OutboxEntry } from './local-schemas';
import {
  bulkGtin,
  entryProductId,
  isExceptionCommand,
  ordersTouchedBy,
  type ExceptionData,
} from './exception-overlay';

/** An exception entry whose set of touched orders changed (or whose inputs did): rebuild both sets. */
export interface EntryMove {
  entry: OutboxEntry;
  before: readonly string[];
  after: readonly string[];
}

function addTo(map: Map<string, Set<string>>, key: string | undefined, value: string): void {
  if (key === undefined) return;
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function removeFrom(map: Map<string, Set<string>>, key: string | undefined, value: string): void {
  if (key === undefined) return;
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}

/**
 * The local exceptions and products plus this device's exception commands, indexed so that a change
 * of one entry, exception or product finds the orders it affects without a pass over the rest.
 */
export class ExceptionEntryIndex implements ExceptionData {
  private readonly exceptions = new Map<string, OrderItemException>();
  private readonly exceptionsByOrder = new Map<string, Set<string>>();
  private readonly exceptionsByGtin = new Map<string, Set<string>>();
  private readonly products = new Map<string, Product>();
  private readonly entries = new Map<string, { entry: OutboxEntry; orders: readonly string[] }>();
  /** Entry ids by what they read: `x:` target exception, `g:` bulk GTIN, `p:` product. */
  private readonly entriesByInput = new Map<string, Set<string>>();

  exception(id: string): OrderItemException | undefined {
    return this.exceptions.get(id);
  }

  forOrder(orderId: string): OrderItemException[] {
    return this.pick(this.exceptionsByOrder.get(orderId));
  }

  withGtin(gtin14: string): OrderItemException[] {
    return this.pick(this.exceptionsByGtin.get(gtin14));
  }

  product(id: string): Product | undefined {
    return this.products.get(id);
  }

  /** Records an outbox document (`undefined`: removed); returns the move when it is an exception entry. */
  putEntry(id: string, entry: OutboxEntry | undefined): EntryMove[] {
    const previous = this.entries.get(id);
    if (previous) {
      for (const key of this.inputs(previous.entry)) removeFrom(this.entriesByInput, key, id);
      this.entries.delete(id);
    }
    if (!entry || !isExceptionCommand(entry)) {
      return previous ? [{ entry: previous.entry, before: previous.orders, after: [] }] : [];
    }
    const orders = ordersTouchedBy(entry, this);
    this.entries.set(id, { entry, orders });
    for (const key of this.inputs(entry)) addTo(this.entriesByInput, key, id);
    return [{ entry, before: previous?.orders ?? [], after: orders }];
  }

  /** Records a replicated exception (`undefined`: removed); returns the entries that read it. */
  putException(id: string, exception: OrderItemException | undefined): EntryMove[] {
    const previous = this.exceptions.get(id);
    if (previous) {
      removeFrom(this.exceptionsByOrder, previous.orderId, id);
      removeFrom(this.exceptionsByGtin, previous.gtin, id);
      this.exceptions.delete(id);
    }
    if (exception) {
      this.exceptions.set(id, exception);
      addTo(this.exceptionsByOrder, exception.orderId, id);
      addTo(this.exceptionsByGtin, exception.gtin, id);
    }
    const keys = [`x:${id}`, `g:${previous?.gtin ?? ''}`, `g:${exception?.gtin ?? ''}`];
    const orders = [previous?.orderId, exception?.orderId].filter((o): o is string => o !== undefined);
    return this.refresh(keys, orders);
  }

  /** Records a replicated product (`undefined`: removed); returns the entries that read it. */
  putProduct(id: string, product: Product | undefined): EntryMove[] {
    if (product) this.products.set(id, product);
    else this.products.delete(id);
    return this.refresh([`p:${id}`], []);
  }

  /** Recomputes the orders of the entries reading `keys`; `alsoOrders` are rebuilt as well. */
  private refresh(keys: readonly string[], alsoOrders: readonly string[]): EntryMove[] {
    const ids = new Set<string>();
    for (const key of keys) for (const id of this.entriesByInput.get(key) ?? []) ids.add(id);
    const moves: EntryMove[] = [];
    for (const id of ids) {
      const stored = this.entries.get(id);
      if (!stored) continue;
      const orders = ordersTouchedBy(stored.entry, this);
      this.entries.set(id, { entry: stored.entry, orders });
      moves.push({ entry: stored.entry, before: [...stored.orders, ...alsoOrders], after: orders });
    }
    return moves;
  }

  private inputs(entry: OutboxEntry): string[] {
    const productId = entryProductId(entry);
    const keys = [
      entry.type === 'exception.bulk_resolve' ? `g:${bulkGtin(entry) ?? ''}` : `x:${entry.targetId}`,
    ];
    if (productId !== undefined) keys.push(`p:${productId}`);
    return keys;
  }

  private pick(ids: ReadonlySet<string> | undefined): OrderItemException[] {
    const found: OrderItemException[] = [];
    for (const id of ids ?? []) {
      const exception = this.exceptions.get(id);
      if (exception) found.push(exception);
    }
    return found;
  }
}
