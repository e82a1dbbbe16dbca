import type { StaffUser } from '../../shared/schemas/user';
import type { ChangeFeed, ChangeNotice, FeedMessage } from '../sync/change-feed';

/** How long an authenticated session is reused without asking the database (expiry, other changes). */
export const SESSION_TTL_MS = 3_000;
const MAX_SESSIONS = 10_000;
const MAX_DETAILS = 5_000;

interface CachedSession {
  user: StaffUser;
  expiresAt: number;
}

/**
 * What a REST read may reuse without a database round trip, kept per change feed (one per server
 * process and database): authenticated staff sessions (a few seconds), each store's orders
 * generation and rendered order details. Everything is dropped when the feed says so: order changes
 * of the store, revoked devices, changed accounts, a feed gap; a writer in this process drops its own
 * entries at once (`noteCommit`), other processes within the NOTIFY latency. While the feed is not
 * live (LISTEN connection lost) nothing is reused.
 */
export class ReadCaches {
  private readonly sessions = new Map<string, CachedSession>();
  private readonly storeGenerations = new Map<string, number>();
  private readonly watermarks = new Map<string, { generation: number; value: string }>();
  private readonly details = new Map<string, { generation: number; value: unknown }>();
  /** Bumped on every invalidation of any kind: a read that began before one must not be kept. */
  private epoch = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly clock: () => number = Date.now,
  ) {
    this.unsubscribe = feed.subscribe((message) => this.hear(message));
  }

  close(): void {
    this.unsubscribe();
    this.clearAll();
  }

  /** The staff user of a token cached by `rememberSession`, if still fresh. */
  session(token: string): StaffUser | undefined {
    if (!this.feed.isLive()) return undefined;
    const entry = this.sessions.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock()) {
      this.sessions.delete(token);
      return undefined;
    }
    return entry.user;
  }

  /** Snapshot to pass to the `remember…` calls: taken before the database read they keep. */
  mark(): number {
    return this.epoch;
  }

  rememberSession(token: string, user: StaffUser, mark: number): void {
    if (mark !== this.epoch || !this.feed.isLive()) return;
    if (this.sessions.size >= MAX_SESSIONS) this.sessions.clear();
    this.sessions.set(token, { user, expiresAt: this.clock() + SESSION_TTL_MS });
  }

  /** A store's orders watermark (kept until an order of the store changes), read through `load` on a miss. */
  async ordersWatermark(storeId: string, load: () => Promise<string>): Promise<string> {
    return this.through(this.watermarks, storeId, storeId, load);
  }

  /** The kept value of `orderDetail` for this order, if any: no promise, for the warm path of a read. */
  cachedOrderDetail<T>(storeId: string, orderId: string): T | undefined {
    return this.peek<T>(this.details, storeId, `${storeId} ${orderId}`);
  }

  /** A value derived from one order of a store (its rendered detail), kept until an order of the store changes. */
  async orderDetail<T>(storeId: string, orderId: string, load: () => Promise<T>): Promise<T> {
    if (this.details.size >= MAX_DETAILS) this.details.clear();
    return this.through<T>(this.details, storeId, `${storeId} ${orderId}`, load);
  }

  /** A write transaction of this process committed (called before the writer answers). */
  noteCommit(notice: ChangeNotice): void {
    if (notice.collections.includes('orders')) this.ordersChanged(notice.storeId);
  }

  /** Accounts or sessions of a store changed in this process (role, password, deactivation, device). */
  authChanged(storeId: string): void {
    this.epoch += 1;
    for (const [token, entry] of this.sessions)
      if (entry.user.storeId === storeId) this.sessions.delete(token);
  }

  private peek<T>(
    map: Map<string, { generation: number; value: unknown }>,
    storeId: string,
    key: string,
  ): T | undefined {
    const hit = map.get(key);
    if (!hit || !this.feed.isLive() || hit.generation !== (this.storeGenerations.get(storeId) ?? 0))
      return undefined;
    return hit.value as T;
  }

  private async through<T>(
    map: Map<string, { generation: number; value: unknown }>,
    storeId: string,
    key: string,
    load: () => Promise<T>,
  ): Promise<T> {
    const hit = this.peek<T>(map, storeId, key);
    if (hit !== undefined) return hit;
    const live = this.feed.isLive();
    const generation = this.storeGenerations.get(storeId) ?? 0;
    const mark = this.epoch;
    const value = await load();
    if (live && mark === this.epoch && this.feed.isLive()) map.set(key, { generation, value });
    return value;
  }

  private ordersChanged(storeId: string): void {
    this.epoch += 1;
    this.storeGenerations.set(storeId, (this.storeGenerations.get(storeId) ?? 0) + 1);
    this.watermarks.delete(storeId);
  }

  private hear(message: FeedMessage): void {
    if (message.type === 'gap') this.clearAll();
    else if (message.type === 'changes') this.noteCommit(message);
    else this.authChanged(message.storeId);
  }

  private clearAll(): void {
    this.epoch += 1;
    this.sessions.clear();
    this.watermarks.clear();
    this.details.clear();
    for (const storeId of this.storeGenerations.keys()) this.ordersChanged(storeId);
  }
}

const byFeed = new WeakMap<ChangeFeed, ReadCaches>();

/** The read caches of a server (one per change feed), created on first use. */
export function readCachesOf(feed: ChangeFeed): ReadCaches {
  let caches = byFeed.get(feed);
  if (!caches) {
    caches = new ReadCaches(feed);
    byFeed.set(feed, caches);
  }
  return caches;
}

/** Drops what a committed write of this process made stale (no-op when the feed has no caches yet). */
export function noteLocalCommit(feed: ChangeFeed, notice: ChangeNotice): void {
  byFeed.get(feed)?.noteCommit(notice);
}
