import { combineLatest, map, type Observable } from 'rxjs';
import type { OrderItemException } from '../../../../shared/schemas/order-exception';
import type { Product } from '../../../../shared/schemas/product';
import { normalizeGtin } from '../../../../shared/domain/exceptions/gtin';
import type { OrderDeskDatabase } from '../../data/database';
import type { OutboxEntry } from '../../data/local-schemas';
import { outboxStoreOf } from '../../data/outbox-store';
import { outboxSubset$ } from '../../data/outbox-subset';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';

/** An exception as the queue shows it: the replicated state plus whether a command for it waits to sync. */
export interface QueueException {
  exception: OrderItemException;
  /** Summary of this device's command still waiting for the server, if any. */
  pending: string | null;
}

const exceptionCommand = /^exception\./;

const isExceptionCommand = (entry: OutboxEntry): boolean => exceptionCommand.test(entry.type);

/** Primary-key order: the order an unsorted outbox query returned entries in. */
const byId = (a: OutboxEntry, b: OutboxEntry): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The outbox entry (pending, or applied but not yet replicated back) that covers an exception. */
function pendingFor(exception: OrderItemException, entries: readonly OutboxEntry[]): OutboxEntry | undefined {
  return entries.find((entry) => {
    if (!isExceptionCommand(entry) || entry.status === 'rejected') return false;
    if (entry.status === 'applied' && exception.status !== 'open') return false;
    if (entry.targetId === exception.id) return true;
    if (entry.type !== 'exception.bulk_resolve' || exception.status !== 'open') return false;
    const gtin = typeof entry.payload.gtin === 'string' ? normalizeGtin(entry.payload.gtin) : undefined;
    return gtin?.ok === true && gtin.gtin14 === exception.gtin;
  });
}

/** Every local exception (oldest first) with this device's waiting commands marked. */
export function exceptionQueue$(db: OrderDeskDatabase): Observable<QueueException[]> {
  // only exception commands matter here: the shared outbox store's writes of other commands (a bulk
  // tag run on 10,000 orders) cost a type check each, not a pass over the whole outbox
  const commands$ = outboxSubset$(outboxStoreOf(db), isExceptionCommand, byId);
  return combineLatest([db.orderexceptions.find().$, commands$]).pipe(
    map(([docs, entries]) => {
      return docs
        .map((doc) => doc.toJSON() as unknown as OrderItemException)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map((exception) => ({ exception, pending: pendingFor(exception, entries)?.summary ?? null }));
    }),
  );
}

/** Every local exception (oldest first) with this device's waiting commands marked. */
export function useExceptionQueue(): { items: QueueException[]; loading: boolean } {
  const { db } = useData();
  return useObservable<{ items: QueueException[]; loading: boolean }>(
    () => exceptionQueue$(db).pipe(map((items) => ({ items, loading: false }))),
    { items: [], loading: true },
    [db],
  );
}

/** Open exceptions with no command waiting: the number the navigation badge shows. */
export function useOpenExceptionCount(): number {
  const { items } = useExceptionQueue();
  return items.filter((item) => item.exception.status === 'open' && item.pending === null).length;
}

/** The local catalog, for picking the product an exception resolves to. */
export function useCatalog(): Product[] {
  const { db } = useData();
  return useObservable(
    () => db.products.find().$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as unknown as Product))),
    [],
    [db],
  );
}

/** Catalog products matching a search by GTIN (any spelling), SKU or name; at most `limit`. */
export function searchCatalog(products: readonly Product[], query: string, limit = 8): Product[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const gtin = normalizeGtin(q);
  const digits = q.replace(/[\s-]/g, '');
  return products
    .filter(
      (p) =>
        (gtin.ok && p.gtin === gtin.gtin14) ||
        (/^\d{3,}$/.test(digits) && (p.gtin ?? '').includes(digits)) ||
        p.sku.toLowerCase().includes(q) ||
        p.name.toLowerCase().includes(q),
    )
    .slice(0, limit);
}
