import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres, type SqlClient } from '../../server/db/sql-client';
import { PostgresChangeFeed } from '../../server/sync/postgres-change-feed';
import type { FeedMessage } from '../../server/sync/change-feed';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';

const url =
  process.env.DATABASE_URL && process.env.DATABASE_URL.length > 0 ? process.env.DATABASE_URL : undefined;

/** Resolves with the first message matching `match`, or rejects after `ms`. */
function next(
  feed: PostgresChangeFeed,
  match: (message: FeedMessage) => boolean,
  ms = 5_000,
): Promise<FeedMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching message within ${ms} ms`));
    }, ms);
    const stop = feed.subscribe((message) => {
      if (!match(message)) return;
      clearTimeout(timer);
      stop();
      resolve(message);
    });
  });
}

describe.skipIf(url === undefined)('PostgreSQL change feed', () => {
  const schema = freshSchemaName('feed');
  const opened: { db: SqlClient; feeds: PostgresChangeFeed[] }[] = [];

  async function openFeeds(count: number): Promise<{ db: SqlClient; feeds: PostgresChangeFeed[] }> {
    const db = await openPostgres(url ?? '', schema);
    const feeds = Array.from(
      { length: count },
      () => new PostgresChangeFeed({ databaseUrl: url ?? '', schema, db }),
    );
    for (const feed of feeds) await feed.start();
    const handle = { db, feeds };
    opened.push(handle);
    return handle;
  }

  afterAll(async () => {
    for (const { db, feeds } of opened) {
      for (const feed of feeds) await feed.close();
      await db.close();
    }
    if (url) await dropSchema(url, schema);
  });

  it('delivers a notice to every process at commit, and nothing for a rolled-back transaction', async () => {
    const { db, feeds } = await openFeeds(2);
    const [writer, other] = feeds;
    if (!writer || !other) throw new Error('two feeds');
    const heard: FeedMessage[] = [];
    other.subscribe((message) => heard.push(message));
    await db
      .transaction(async (tx) => {
        await writer.beforeCommit(tx, { storeId: 's1', collections: ['orders'] });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const delivered = next(other, (m) => m.type === 'changes');
    await db.transaction((tx) =>
      writer.beforeCommit(tx, { storeId: 's1', collections: ['orders', 'products'] }),
    );
    expect(await delivered).toEqual({ type: 'changes', storeId: 's1', collections: ['orders', 'products'] });
    expect(heard.filter((m) => m.type === 'changes')).toHaveLength(1);
    const revoked = next(other, (m) => m.type === 'revoked');
    await writer.publishRevocation({ storeId: 's1', deviceIds: ['d1'] });
    expect(await revoked).toEqual({ type: 'revoked', storeId: 's1', deviceIds: ['d1'] });
  });

  it('reconnects a lost LISTEN connection and tells subscribers to resync', { timeout: 30_000 }, async () => {
    const { db, feeds } = await openFeeds(1);
    const [feed] = feeds;
    if (!feed) throw new Error('one feed');
    const gap = next(feed, (m) => m.type === 'gap', 15_000);
    const killed = await db.query<{ ok: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE query = $1`,
      [`LISTEN "order_desk_changes_${schema}"`],
    );
    expect(killed.length).toBeGreaterThan(0);
    expect(await gap).toEqual({ type: 'gap' });
    const after = next(feed, (m) => m.type === 'changes');
    await db.transaction((tx) => feed.beforeCommit(tx, { storeId: 's2', collections: ['invoices'] }));
    expect(await after).toMatchObject({ storeId: 's2', collections: ['invoices'] });
  });
});
