import { Subject } from 'rxjs';
import { TRPCClientError } from '@trpc/client';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { RxReplicationPullStreamItem } from 'rxdb';
import { replicatedCollections, type LocalCollectionName, type OrderDeskDatabase } from './database';
import type { TrpcClient } from './trpc-client';

type LooseDoc = Record<string, unknown> & { id: string };
type Checkpoint = { seq: number };

export interface Replications {
  states: RxReplicationState<LooseDoc, Checkpoint>[];
  /** Asks every collection to pull again from its checkpoint (reconnect, live notice). */
  resync: (collections?: readonly string[]) => void;
  stop: () => Promise<void>;
}

/** The server refused the pull itself: the user may no longer see this store's orders. */
function isAccessLost(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null || !('domain' in data)) return false;
  const domain: unknown = data.domain;
  return typeof domain === 'object' && domain !== null && 'code' in domain && domain.code === 'FORBIDDEN';
}

/** Starts pull-only replication of every server-owned collection, checkpointed by the server sequence. */
export function startReplications(
  db: OrderDeskDatabase,
  trpc: TrpcClient,
  onPulled: () => void,
  onAccessLost: () => void = () => undefined,
): Replications {
  const streams = new Map<string, Subject<RxReplicationPullStreamItem<LooseDoc, Checkpoint>>>();
  const states = (Object.keys(replicatedCollections) as LocalCollectionName[]).map((local) => {
    const remote = replicatedCollections[local];
    const stream$ = new Subject<RxReplicationPullStreamItem<LooseDoc, Checkpoint>>();
    streams.set(remote, stream$);
    return replicateRxCollection<LooseDoc, Checkpoint>({
      collection: db[local],
      replicationIdentifier: `orderdesk-pull-${remote}`,
      live: true,
      waitForLeadership: false,
      retryTime: 2000,
      autoStart: true,
      pull: {
        batchSize: 1000,
        stream$: stream$.asObservable(),
        async handler(checkpoint) {
          const result = await trpc.sync.pull.query({ collection: remote, checkpoint: checkpoint ?? null, limit: 1000 }).catch((error: unknown) => {
            if (isAccessLost(error)) onAccessLost();
            throw error;
          });
          onPulled();
          return { documents: result.documents, checkpoint: result.checkpoint ?? checkpoint };
        },
      },
    });
  });
  return {
    states,
    resync(collections) {
      for (const [remote, stream$] of streams) if (!collections || collections.includes(remote)) stream$.next('RESYNC');
    },
    async stop() {
      await Promise.all(states.map((state) => state.cancel()));
    },
  };
}
