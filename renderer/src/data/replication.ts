import { TRPCClientError } from '@trpc/client';
import { replicatedCollections, type LocalCollectionName, type OrderDeskDatabase } from './database';
import { PullCheckpointStore } from './pull-checkpoint';
import { CollectionPull, type PullPage } from './pull-loop';
import { writePulledDocs } from './pull-writer';
import type { TrpcClient } from './trpc-client';

/**
 * Documents per pull request. The next page is fetched while the current one is written, so the
 * request's cost hides behind the writes; the page's JSON (≈ 2.4 kB an order) is parsed on the main
 * thread in one piece, so a page of 500 keeps that task short.
 */
export const PULL_PAGE_SIZE = 500;
/** The first page of an initial sync: small, so the first screen of orders comes early. */
export const FIRST_PULL_PAGE_SIZE = 200;
/**
 * Documents per storage write: storing a document (IndexedDB's structured clone, RxDB's change
 * event) takes the main thread ≈ 0.15–0.25 ms on a loaded machine, so a slice stays well under 50 ms.
 */
export const PULL_SLICE_SIZE = 100;
const RETRY_MS = 2000;

type RemoteCollection = (typeof replicatedCollections)[LocalCollectionName];

export interface Replications {
  /** One pull per replicated collection (awaitInitialReplication: pulled up to the server once). */
  states: CollectionPull[];
  /** Asks every collection to pull again from its checkpoint (reconnect, live notice). */
  resync: (collections?: readonly string[]) => void;
  stop: () => Promise<void>;
}

/** Fetches one page of a server collection's changes after a checkpoint. */
export type FetchPullPage = (
  collection: RemoteCollection,
  checkpoint: { seq: number } | null,
  limit: number,
  signal: AbortSignal,
) => Promise<PullPage>;

/** Why the server refuses this device: the user lost access, or an admin revoked the workstation. */
export type AccessLossReason = 'forbidden' | 'revoked';

/** The server refused the request itself: the user may no longer see this store's orders, or the device was revoked. */
export function accessLossReason(error: unknown): AccessLossReason | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null || !('domain' in data)) return undefined;
  const domain: unknown = data.domain;
  if (typeof domain !== 'object' || domain === null || !('code' in domain)) return undefined;
  if (domain.code === 'DEVICE_REVOKED') return 'revoked';
  return domain.code === 'FORBIDDEN' ? 'forbidden' : undefined;
}

export interface PullOptions {
  fetchPage: FetchPullPage;
  /** Called after every page the server answered (the device is online). */
  onPulled: () => void;
  /** Called whenever the server answers a pull with FORBIDDEN or DEVICE_REVOKED. */
  onAccessLost: (reason: AccessLossReason) => void;
  pageSize?: number;
  firstPageSize?: number;
  sliceSize?: number;
  retryMs?: number;
}

/** Starts pulling every server-owned collection into the device, checkpointed by the server sequence. */
export function startPulls(db: OrderDeskDatabase, options: PullOptions): Replications {
  const pulls = new Map<string, CollectionPull>();
  for (const local of Object.keys(replicatedCollections) as LocalCollectionName[]) {
    const remote = replicatedCollections[local];
    const pull = new CollectionPull({
      fetchPage: (checkpoint, limit, signal) =>
        options.fetchPage(remote, checkpoint, limit, signal).catch((error: unknown) => {
          const reason = accessLossReason(error);
          if (reason !== undefined) options.onAccessLost(reason);
          throw error;
        }),
      writePage: (documents) => writePulledDocs(db[local], documents),
      checkpoints: new PullCheckpointStore(db, remote),
      pageSize: options.pageSize ?? PULL_PAGE_SIZE,
      firstPageSize: options.firstPageSize ?? FIRST_PULL_PAGE_SIZE,
      sliceSize: options.sliceSize ?? PULL_SLICE_SIZE,
      retryMs: options.retryMs ?? RETRY_MS,
      onPulled: options.onPulled,
    });
    pulls.set(remote, pull);
    pull.resync();
  }
  return {
    states: [...pulls.values()],
    resync(collections) {
      for (const [remote, pull] of pulls) if (!collections || collections.includes(remote)) pull.resync();
    },
    async stop() {
      await Promise.all([...pulls.values()].map((pull) => pull.stop()));
    },
  };
}

/** Starts pull-only replication of every server-owned collection over tRPC. */
export function startReplications(
  db: OrderDeskDatabase,
  trpc: TrpcClient,
  onPulled: () => void,
  onAccessLost: (reason: AccessLossReason) => void = () => undefined,
  /** This workstation: the server records it as seen and refuses the pull once it was revoked. */
  deviceId?: string,
): Replications {
  return startPulls(db, {
    fetchPage: (collection, checkpoint, limit, signal) =>
      trpc.sync.pull.query(
        { collection, checkpoint, limit, ...(deviceId === undefined ? {} : { deviceId }) },
        { signal },
      ),
    onPulled,
    onAccessLost,
  });
}
