import { syncedCollections } from '../db/doc-store';
import { deviceRevokedError } from '../auth/staff-auth';
import type { ChangeFeed, FeedMessage } from './change-feed';

export interface StoreNotice {
  collections: string[];
  hello: boolean;
}

/**
 * The live notices of one store until `signal` aborts: a hello first, then the changed collections
 * (notices arriving together are merged; a feed gap means every collection). Throws DEVICE_REVOKED
 * when one of `devices` is revoked. One abort listener for the whole stream, removed at the end.
 */
export async function* storeNotices(
  feed: ChangeFeed,
  storeId: string,
  devices: ReadonlySet<string>,
  signal: AbortSignal | undefined,
): AsyncGenerator<StoreNotice> {
  const queue: FeedMessage[] = [];
  let wake: (() => void) | undefined;
  const wakeUp = (): void => wake?.();
  const unsubscribe = feed.subscribe((message) => {
    if (message.type !== 'gap' && message.storeId !== storeId) return;
    queue.push(message);
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
      const messages = queue.splice(0);
      const revoked = messages
        .flatMap((m) => (m.type === 'revoked' ? m.deviceIds : []))
        .find((id) => devices.has(id));
      if (revoked) throw deviceRevokedError(revoked);
      const collections = new Set(
        messages.flatMap((m) =>
          m.type === 'changes' ? m.collections : m.type === 'gap' ? syncedCollections : [],
        ),
      );
      if (collections.size > 0) yield { collections: [...collections], hello: false };
    }
  } finally {
    signal?.removeEventListener('abort', wakeUp);
    unsubscribe();
  }
}
