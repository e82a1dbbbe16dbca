import { map } from 'rxjs';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';

/** The store's currency as its orders carry it (a store sells in one currency); EUR before any order arrived. */
export function useStoreCurrency(): string {
  const { db } = useData();
  return useObservable(
    () => db.orders.findOne().$.pipe(map((doc) => String(doc?.get('currency') ?? 'EUR'))),
    'EUR',
    [db],
  );
}
