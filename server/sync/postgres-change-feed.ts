import { sql } from 'kysely';
import { runRaw } from '../db/kysely';
import pg from 'pg';
import { z } from 'zod';
import type { Queryable } from '../db/sql-client';
import {
  InProcessChangeFeed,
  type AuthNotice,
  type ChangeFeed,
  type ChangeNotice,
  type FeedMessage,
  type RevocationNotice,
} from './change-feed';

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 10_000;

/** The NOTIFY payload: small (store id and collection names or device ids), far below PostgreSQL's 8 kB. */
const payloadSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('c'), s: z.string(), c: z.array(z.string()) }),
  z.object({ t: z.literal('r'), s: z.string(), d: z.array(z.string()) }),
  z.object({ t: z.literal('a'), s: z.string() }),
]);
type Payload = z.infer<typeof payloadSchema>;

function toMessage(payload: Payload): FeedMessage {
  if (payload.t === 'c') return { type: 'changes', storeId: payload.s, collections: payload.c };
  if (payload.t === 'r') return { type: 'revoked', storeId: payload.s, deviceIds: payload.d };
  return { type: 'auth', storeId: payload.s };
}

/** The channel of one database schema (test schemas on one database must not hear each other). */
export function changeChannel(schema: string | undefined): string {
  const suffix = schema ? `_${schema.replace(/[^a-z0-9_]/g, '')}` : '';
  return `order_desk_changes${suffix}`.slice(0, 63);
}

export interface PostgresChangeFeedOptions {
  databaseUrl: string;
  /** The server's pool, for notices sent outside a transaction (revocations). */
  db: Queryable;
  schema?: string | undefined;
  /** Told when the LISTEN connection fails (it reconnects by itself). */
  onError?: (error: Error) => void;
}

/**
 * Live change notices across server processes: writers queue `pg_notify` inside their transaction
 * (delivered at commit, dropped on rollback); each process holds one dedicated LISTEN connection and
 * hands what it hears to its own subscribers. On a lost connection it reconnects with backoff and
 * tells subscribers to resync (`gap`), since notices sent meanwhile are gone.
 */
export class PostgresChangeFeed implements ChangeFeed {
  private readonly local = new InProcessChangeFeed();
  private readonly channel: string;
  private client: pg.Client | undefined;
  private closed = false;
  private reconnectDelay = RECONNECT_MIN_MS;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: PostgresChangeFeedOptions) {
    this.channel = changeChannel(options.schema);
  }

  /** Opens the LISTEN connection; resolves once listening, so no notice after start-up is missed. */
  async start(): Promise<void> {
    await this.connect();
  }

  async beforeCommit(tx: Queryable, notice: ChangeNotice): Promise<void> {
    if (notice.collections.length === 0) return;
    await this.notify(tx, { t: 'c', s: notice.storeId, c: notice.collections });
  }

  afterCommit(): void {
    // delivered through LISTEN, to this process as to every other
  }

  async publishRevocation(notice: RevocationNotice): Promise<void> {
    await this.notify(this.options.db, { t: 'r', s: notice.storeId, d: notice.deviceIds });
  }

  async publishAuthChange(notice: AuthNotice): Promise<void> {
    await this.notify(this.options.db, { t: 'a', s: notice.storeId });
  }

  isLive(): boolean {
    return this.client !== undefined && !this.closed;
  }

  subscribe(listener: (message: FeedMessage) => void): () => void {
    return this.local.subscribe(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
    await this.local.close();
  }

  private async notify(db: Queryable, payload: Payload): Promise<void> {
    await runRaw(db, sql`SELECT pg_notify(${this.channel}, ${JSON.stringify(payload)})`);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    client.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload) return;
      this.deliver(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('LISTEN connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    this.reconnectDelay = RECONNECT_MIN_MS;
  }

  private deliver(raw: string): void {
    try {
      const parsed = payloadSchema.safeParse(JSON.parse(raw));
      if (parsed.success) this.local.emit(toMessage(parsed.data));
    } catch {
      // not ours (someone else's NOTIFY on the channel): ignore
    }
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    this.options.onError?.(error);
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect().then(
        () => this.local.emit({ type: 'gap' }),
        (error: unknown) => {
          this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
          this.scheduleReconnect();
        },
      );
    }, delay);
  }
}
