import type { ChangeFeed, ChangeNotice } from './change-feed';

export interface StoreNotice {
  collections: string[];
  hello: boolean;
}

/**
 * The live notices of one store until `signal` aborts: a hello first, then the changed collections
 * (notices arriving together are merged). One abort listener for the whole stream, removed at the end.
 */
export async function* storeNotices(
  feed: ChangeFeed,
  storeId: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<StoreNotice> {
  const queue: ChangeNotice[] = [];
  let wake: (() => void) | undefined;
  const wakeUp = (): void => wake?.();
  const unsubscribe = feed.subscribe((notice) => {
    if (notice.storeId !== storeId) return;
    queue.push(notice);
    wakeUp();
  });
  signal?.addEventListener('abort', wakeUp, { once: true });
  try {
    yield { collections: [], hello: true };
    while (!signal?.aborted) {
      if (queue.length === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
      const collections = new Set(queue.splice(0).flatMap((notice) => notice.collections));
      if (collections.size > 0) yield { collections: [...collections], hello: false };
    }
  } finally {
    signal?.removeEventListener('abort', wakeUp);
    unsubscribe();
  }
}
