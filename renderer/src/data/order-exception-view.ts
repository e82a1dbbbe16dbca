import { combineLatest, map, switchMap, type Observable } from 'rxjs';
import type { OrderItemException } from '../../../shared/schemas/order-exception';
import type { Product } from '../../../shared/schemas/product';
import type { OrderDeskDatabase } from './database';
import {
  entryProductId,
  exceptionDataOf,
  isExceptionCommand,
  ordersTouchedBy,
  type ExceptionData,
} from './exception-overlay';
import type { OutboxEntry } from './local-schemas';
import { compareCreation, outboxStoreOf } from './outbox-store';
import { outboxSubset$ } from './outbox-subset';

/** This device's exception commands that touch one order, with the local data they are replayed on. */
export interface OrderExceptionView {
  entries: OutboxEntry[];
  data: ExceptionData;
}

/** The exception commands touching `orderId` and the exceptions and products they need, kept current. */
export function orderExceptionView$(db: OrderDeskDatabase, orderId: string): Observable<OrderExceptionView> {
  const commands$ = outboxSubset$(outboxStoreOf(db), isExceptionCommand, compareCreation);
  const exceptions$ = db.orderexceptions
    .find()
    .$.pipe(
      map((docs) =>
        docs.map((doc) => doc.toJSON() as unknown as OrderItemException).filter((e) => e.orderId === orderId),
      ),
    );
  return combineLatest([commands$, exceptions$]).pipe(
    switchMap(([commands, exceptions]) => {
      const ids = [...new Set(commands.map(entryProductId).filter((id): id is string => id !== undefined))];
      return db.products.findByIds(ids).$.pipe(
        map((found) => {
          const products = [...found.values()].map((doc) => doc.toJSON() as unknown as Product);
          const data = exceptionDataOf(exceptions, products);
          return {
            data,
            entries: commands.filter((entry) => ordersTouchedBy(entry, data).includes(orderId)),
          };
        }),
      );
    }),
  );
}

/** An order's own entries and the exception entries touching it, in creation order (overlay order). */
export function mergeEntries(own: readonly OutboxEntry[], exception: readonly OutboxEntry[]): OutboxEntry[] {
  return exception.length === 0 ? [...own] : [...own, ...exception].sort(compareCreation);
}
