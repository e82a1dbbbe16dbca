import { BehaviorSubject, type Subscription } from 'rxjs';
import type { CommandOutcome } from '../../../shared/schemas/command';
import type { OrderDeskDatabase } from './database';
import type { OutboxEntry } from './local-schemas';
import { outboxStoreOf } from './outbox-store';
import { caughtUpEntries } from './applied-cleanup';
import { accessLossReason, startReplications, type AccessLossReason, type Replications } from './replication';
import type { TrpcClient } from './trpc-client';

export interface SyncStatus {
  online: boolean;
  pending: number;
  problems: number;
  lastSyncAt: string | null;
  pushing: boolean;
  /** Until every collection has been pulled up to the server once: the working copy is still arriving. */
  downloading: boolean;
}

const PUSH_BATCH = 200;

/** Runs replication, the live stream and the outbox pusher for one signed-in session. */
export class SyncEngine {
  readonly status$ = new BehaviorSubject<SyncStatus>({
    online: navigator.onLine,
    pending: 0,
    problems: 0,
    lastSyncAt: null,
    pushing: false,
    downloading: true,
  });
  private replications: Replications | undefined;
  private streamSubscription: { unsubscribe: () => void } | undefined;
  private outboxSubscription: Subscription | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private pushing = false;
  private stopped = false;

  constructor(
    private readonly db: OrderDeskDatabase,
    private readonly trpc: TrpcClient,
    private readonly token: string,
    /** Called once when the server says this user may no longer see the data, or this device was revoked. */
    private readonly onAccessLost: (reason: AccessLossReason) => void = () => undefined,
    /** This workstation's id: sent with pulls, pushes and the stream, so a revoked device is refused. */
    private readonly deviceId?: string,
  ) {}

  start(): void {
    this.replications = startReplications(
      this.db,
      this.trpc,
      () => this.markSynced(),
      (reason) => this.accessLost(reason),
      this.deviceId,
    );
    void Promise.all(this.replications.states.map((pull) => pull.awaitInitialReplication())).then(() =>
      this.patch({ downloading: false }),
    );
    this.followOutbox();
    this.openStream();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.timer = setInterval(() => {
      void this.pushNow();
      void this.cleanupApplied();
    }, 3000);
  }

  /** Keeps the pending/problem counts current and pushes whenever the outbox changes (O(change) per write). */
  followOutbox(): void {
    this.outboxSubscription?.unsubscribe();
    const store = outboxStoreOf(this.db);
    this.outboxSubscription = store
      .select(() => ({ pending: store.pending, problems: store.rejected }))
      .subscribe((counts) => {
        this.patch(counts);
        void this.pushNow();
      });
  }

  /** Ends the session for good when the server refuses this user or device (idempotent). */
  accessLost(reason: AccessLossReason): void {
    if (this.stopped) return;
    this.stopped = true;
    this.onAccessLost(reason);
  }

  /** Routes a request refused because this device was revoked (push, device report) to the access-loss path. */
  refusedBy(error: unknown): boolean {
    if (accessLossReason(error) !== 'revoked') return false;
    this.accessLost('revoked');
    return true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    if (this.timer) clearInterval(this.timer);
    this.streamSubscription?.unsubscribe();
    this.outboxSubscription?.unsubscribe();
    await this.replications?.stop();
  }

  private readonly onOnline = (): void => {
    this.patch({ online: true });
    this.openStream();
    this.replications?.resync();
    void this.pushNow();
  };

  private readonly onOffline = (): void => this.patch({ online: false });

  private patch(change: Partial<SyncStatus>): void {
    this.status$.next({ ...this.status$.value, ...change });
  }

  private markSynced(): void {
    this.patch({ online: navigator.onLine, lastSyncAt: new Date().toISOString() });
  }

  private openStream(): void {
    this.streamSubscription?.unsubscribe();
    this.streamSubscription = this.trpc.sync.stream.subscribe(
      { token: this.token, ...(this.deviceId === undefined ? {} : { deviceId: this.deviceId }) },
      {
        onData: (notice) => {
          if (notice.hello) this.replications?.resync();
          else this.replications?.resync(notice.collections);
        },
        onError: (error) => {
          if (!this.refusedBy(error)) this.patch({ online: navigator.onLine });
        },
        // The link retries a stream that failed mid-way; a revoked device must stop, not reconnect forever.
        onConnectionStateChange: (state) => {
          if (state.state === 'connecting' && state.error) this.refusedBy(state.error);
        },
      },
    );
  }

  /** Sends waiting commands in creation order; stops at the first network failure and retries later. */
  async pushNow(): Promise<void> {
    if (this.pushing || this.stopped || !navigator.onLine) return;
    this.pushing = true;
    this.patch({ pushing: true });
    try {
      for (;;) {
        const batch = await this.db.outbox
          .find({ selector: { status: 'pending' }, sort: [{ createdAt: 'asc' }], limit: PUSH_BATCH })
          .exec();
        if (batch.length === 0) break;
        const commands = batch.map((doc) => {
          const e = doc.toJSON() as OutboxEntry;
          return {
            id: e.id,
            type: e.type,
            targetId: e.targetId,
            expectedVersion: e.expectedVersion,
            payload: e.payload,
            userId: e.userId,
            deviceId: e.deviceId,
            createdAt: e.createdAt,
          };
        });
        const device =
          this.deviceId === undefined
            ? {}
            : { device: { id: this.deviceId, outboxSize: this.status$.value.pending } };
        const { outcomes } = await this.trpc.sync.push.mutate({ commands, ...device });
        await this.recordOutcomes(outcomes);
        this.markSynced();
      }
    } catch (error) {
      if (!this.refusedBy(error)) this.patch({ online: navigator.onLine });
    } finally {
      this.pushing = false;
      this.patch({ pushing: false });
    }
  }

  private async recordOutcomes(outcomes: readonly CommandOutcome[]): Promise<void> {
    const docs = await this.db.outbox.findByIds(outcomes.map((o) => o.commandId)).exec();
    // One bulk write per pushed batch: a bulk action's thousand outcomes must not be a thousand writes.
    const updated = outcomes.flatMap((outcome): OutboxEntry[] => {
      const doc = docs.get(outcome.commandId);
      if (!doc) return [];
      const entry = doc.toJSON() as OutboxEntry;
      return [
        outcome.status === 'applied'
          ? { ...entry, status: 'applied', appliedVersion: outcome.version }
          : {
              ...entry,
              status: 'rejected',
              // The whole refusal (issues, details) so the sync page can word it in the user's language.
              error: outcome.error,
            },
      ];
    });
    if (updated.length > 0) await this.db.outbox.bulkUpsert(updated);
    this.replications?.resync(['orders', 'order_exceptions', 'products']);
  }

  /** Drops applied commands once the replicated state has caught up with them. */
  private async cleanupApplied(): Promise<void> {
    const applied = await this.db.outbox.find({ selector: { status: 'applied' } }).exec();
    if (applied.length === 0) return;
    const done = await caughtUpEntries(
      this.db,
      applied.map((doc) => doc.toJSON() as OutboxEntry),
    );
    if (done.length > 0) await this.db.outbox.bulkRemove(done.map((entry) => entry.id));
  }
}
