import { Observable } from 'rxjs';
import type { OutboxEntry } from './local-schemas';
import type { OutboxStore } from './outbox-store';

/**
 * The outbox entries `belongs` accepts, kept from the store's changes (a write touching none of them
 * costs only the check of its own entries); emitted sorted by `compare` once loaded and after every
 * change to the subset.
 */
export function outboxSubset$(
  store: OutboxStore,
  belongs: (entry: OutboxEntry) => boolean,
  compare: (a: OutboxEntry, b: OutboxEntry) => number,
): Observable<OutboxEntry[]> {
  return new Observable<OutboxEntry[]>((subscriber) => {
    const members = new Map<string, OutboxEntry>();
    const emit = (): void => subscriber.next([...members.values()].sort(compare));
    let loaded = false;
    const changes = store.changes$.subscribe((change) => {
      if (!loaded) return; // the load below reads the store as it is then
      let touched = false;
      for (const { id, current } of change.entries) {
        if (current && belongs(current)) {
          members.set(id, current);
          touched = true;
        } else if (members.delete(id)) touched = true;
      }
      if (touched) emit();
    });
    const ready = store.ready$.subscribe((isReady) => {
      if (!isReady || loaded) return;
      loaded = true;
      for (const entry of store.all()) if (belongs(entry)) members.set(entry.id, entry);
      emit();
    });
    return () => {
      changes.unsubscribe();
      ready.unsubscribe();
    };
  });
}
