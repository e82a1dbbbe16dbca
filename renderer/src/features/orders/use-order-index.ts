import { useState } from 'react';
import { useData } from '../../data/data-context';
import type { OrderDeskDatabase } from '../../data/database';
import { OrderIndex } from '../../data/order-index';
import { useObservable } from '../../data/use-observable';

const indexes = new WeakMap<OrderDeskDatabase, OrderIndex>();

/** The session's in-memory order index (built once per local database) and its change counter. */
export function useOrderIndex(): { index: OrderIndex; version: number; ready: boolean } {
  const { db, session } = useData();
  const [index] = useState(() => {
    let existing = indexes.get(db);
    if (!existing) {
      existing = new OrderIndex(db, session.user);
      indexes.set(db, existing);
      void existing.start();
    }
    return existing;
  });
  const version = useObservable(() => index.version$, index.version$.value, [index]);
  const ready = useObservable(() => index.ready$, index.ready$.value, [index]);
  return { index, version, ready };
}
