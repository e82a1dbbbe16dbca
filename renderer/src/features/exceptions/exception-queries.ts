import { combineLatest, map } from 'rxjs';
import type { OrderItemException } from '../../../../shared/schemas/order-exception';
import type { Product } from '../../../../shared/schemas/product';
import { normalizeGtin } from '../../../../shared/domain/exceptions/gtin';
import type { OutboxEntry } from '../../data/local-schemas';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';

/** An exception as the queue shows it: the replicated state plus whether a command for it waits to sync. */
export interface QueueException {
  exception: OrderItemException;
  /** Summary of this device's command still waiting for the server, if any. */
  pending: string | null;
}

const exceptionCommand = /^exception\./;

/** The outbox entry (pending, or applied but not yet replicated back) that covers an exception. */
function pendingFor(exception: OrderItemException, entries: readonly OutboxEntry[]): OutboxEntry | undefined {
  return entries.find((entry) => {
    if (!exceptionCommand.test(entry.type) || entry.status === 'rejected') return false;
    if (entry.status === 'applied' && exception.status !== 'open') return false;
    if (entry.targetId === exception.id) return true;
    if (entry.type !== 'exception.bulk_resolve' || exception.status !== 'open') return false;
    const gtin = typeof entry.payload.gtin === 'string' ? normalizeGtin(entry.payload.gtin) : undefined;
    return gtin?.ok === true && gtin.gtin14 === exception.gtin;
  });
}

/** Every local exception (oldest first) with this device's waiting commands marked. */
export function useExceptionQueue(): { items: QueueException[]; loading: boolean } {
  const { db } = useData();
  return useObservable<{ items: QueueException[]; loading: boolean }>(
    () =>
      combineLatest([db.orderexceptions.find().$, db.outbox.find().$]).pipe(
        map(([docs, outbox]) => {
          const entries = outbox.map((doc) => doc.toJSON() as OutboxEntry);
          const items = docs
            .map((doc) => doc.toJSON() as unknown as OrderItemException)
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
            .map((exception) => ({ exception, pending: pendingFor(exception, entries)?.summary ?? null }));
          return { items, loading: false };
        }),
      ),
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
