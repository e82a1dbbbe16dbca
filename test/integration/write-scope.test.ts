import { expect, it } from 'vitest';
import { withWriteTransaction } from '../../server/db/write-scope';
import { getDoc } from '../../server/db/doc-store';
import { newId } from '../../shared/ids';
import { describeBackends } from '../factories/test-server';

interface Note {
  id: string;
  storeId: string;
  version: number;
  text: string;
}

// 'customers' stands in for any synced collection: the scope does not care what the documents are
const collection = 'customers';

describeBackends('write scope: cached reads, buffered writes, commands rolled back alone', (server) => {
  const storeId = newId();
  const note = (text: string, version = 1): Note => ({ id: newId(), storeId, version, text });
  const inTx = <T>(fn: Parameters<typeof withWriteTransaction<T>>[3]): Promise<T> =>
    withWriteTransaction(server.app.db, server.app.feed, storeId, fn);
  const stored = (id: string) => getDoc<Note>(server.app.db, collection, id);

  it('SQL in the same transaction sees a buffered write, and commit stores it', async () => {
    const doc = note('buffered');
    const seen = await inTx(async (scope) => {
      scope.putDoc(collection, doc);
      const rows = await scope.tx.query<{ text: string }>(
        `SELECT data->>'text' AS text FROM docs WHERE collection = $1 AND id = $2`,
        [collection, doc.id],
      );
      return rows[0]?.text;
    });
    expect(seen).toBe('buffered');
    expect((await stored(doc.id))?.data.text).toBe('buffered');
  });

  it('a rolled-back command leaves nothing, in the cache or the database, even after its SQL ran', async () => {
    const kept = note('kept');
    const dropped = note('dropped');
    const droppedSilently = note('dropped without SQL');
    const inCache = await inTx(async (scope) => {
      scope.beginCommand();
      scope.putDoc(collection, kept);
      await scope.commitCommand();

      scope.beginCommand();
      scope.putDoc(collection, dropped);
      await scope.tx.query('SELECT 1'); // flushes `dropped` inside the command's savepoint
      await scope.rollbackCommand();

      scope.beginCommand();
      scope.putDoc(collection, droppedSilently);
      await scope.rollbackCommand();
      return {
        kept: (await scope.getDoc<Note>(collection, kept.id))?.data.text,
        dropped: await scope.getDoc<Note>(collection, dropped.id),
        droppedSilently: await scope.getDoc<Note>(collection, droppedSilently.id),
      };
    });
    expect(inCache).toEqual({ kept: 'kept', dropped: undefined, droppedSilently: undefined });
    expect((await stored(kept.id))?.data.text).toBe('kept');
    expect(await stored(dropped.id)).toBeUndefined();
    expect(await stored(droppedSilently.id)).toBeUndefined();
  });

  it('a rolled-back command restores the version an earlier command wrote', async () => {
    const doc = note('v1');
    await inTx((scope) => {
      scope.putDoc(collection, doc);
    });
    const note2: Note = { ...doc, version: 2, text: 'v2' };
    const note3: Note = { ...doc, version: 3, text: 'v3' };
    const after = await inTx(async (scope) => {
      scope.beginCommand();
      scope.putDoc(collection, note2);
      await scope.commitCommand();
      scope.beginCommand();
      scope.putDoc(collection, note3);
      await scope.tx.query(`INSERT INTO counters (store_id, name, value) VALUES ($1, 'scope-test', 1)`, [
        storeId,
      ]);
      await scope.rollbackCommand();
      const counters = await scope.tx.query(`SELECT 1 FROM counters WHERE store_id = $1`, [storeId]);
      return { text: (await scope.getDoc<Note>(collection, doc.id))?.data.text, counters: counters.length };
    });
    expect(after).toEqual({ text: 'v2', counters: 0 });
    expect((await stored(doc.id))?.data).toMatchObject({ version: 2, text: 'v2' });
  });

  it('a command whose SQL fails is rolled back alone; the transaction goes on', async () => {
    const doc = note('after a failed command');
    await inTx(async (scope) => {
      scope.beginCommand();
      await expect(scope.tx.query(`SELECT 'not-a-uuid'::uuid`)).rejects.toThrow();
      await scope.rollbackCommand();
      scope.putDoc(collection, doc);
      await scope.tx.query('SELECT 1');
    });
    expect((await stored(doc.id))?.data.text).toBe('after a failed command');
  });

  it('a raw write to docs through the transaction drops the cache, so the next read is fresh', async () => {
    const doc = note('cached');
    await inTx((scope) => {
      scope.putDoc(collection, doc);
    });
    const version = await inTx(async (scope) => {
      expect((await scope.getDoc<Note>(collection, doc.id))?.version).toBe(1);
      await scope.tx.query(`UPDATE docs SET version = 7 WHERE collection = $1 AND id = $2`, [
        collection,
        doc.id,
      ]);
      return (await scope.getDoc<Note>(collection, doc.id))?.version;
    });
    expect(version).toBe(7);
  });

  it('cached documents are read-only, a failed transaction writes nothing, and other stores are hidden', async () => {
    const doc = note('frozen');
    await inTx(async (scope) => {
      scope.putDoc(collection, doc);
      const cached = await scope.getDoc<Note>(collection, doc.id);
      expect(() => {
        if (cached) (cached.data as { text: string }).text = 'changed';
      }).toThrow(TypeError);
      expect(await scope.getDoc(collection, doc.id, { storeId: newId() })).toBeUndefined();
      expect(await scope.getDoc(collection, 'not-a-uuid')).toBeUndefined();
    });
    const lost = note('lost');
    await expect(
      inTx((scope) => {
        scope.putDoc(collection, lost);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await stored(lost.id)).toBeUndefined();
  });

  it('runs a before-commit hook once, after the work, and keeps a memo for the transaction', async () => {
    const doc = note('hooked');
    const calls: string[] = [];
    await inTx(async (scope) => {
      for (let i = 0; i < 3; i += 1) {
        scope.beforeCommit('hook', async () => {
          calls.push('hook');
          scope.putDoc(collection, doc);
          await Promise.resolve();
        });
        await scope.memo('memo', () => {
          calls.push('memo');
          return Promise.resolve(1);
        });
      }
      calls.push('work done');
    });
    expect(calls).toEqual(['memo', 'work done', 'hook']);
    expect((await stored(doc.id))?.data.text).toBe('hooked');
  });
  it('findWhere: stored rows and buffered writes by field, one query per value, rolled back with the command', async () => {
    const tag = `tag-${newId()}`;
    const first = { ...note('stored'), tag };
    const other = { ...note('other tag'), tag: `${tag}-x` };
    await inTx((scope) => {
      scope.putDoc(collection, first);
      scope.putDoc(collection, other);
    });
    const seen = await inTx(async (scope) => {
      await scope.prefetchWhere(collection, 'tag', [tag, `${tag}-x`]);
      const before = (await scope.findWhere<Note>(collection, 'tag', tag)).map((doc) => doc.data.text);
      const added = { ...note('buffered'), tag };
      scope.beginCommand();
      scope.putDoc(collection, added);
      const movedIn = { ...other, version: 2, tag };
      scope.putDoc(collection, movedIn);
      const during = (await scope.findWhere<Note>(collection, 'tag', tag)).map((doc) => doc.data.text);
      await scope.rollbackCommand();
      const afterRollback = (await scope.findWhere<Note>(collection, 'tag', tag)).map((doc) => doc.data.text);
      scope.beginCommand();
      const movedOut = { ...first, version: 2, text: 'edited', tag: 'elsewhere' };
      scope.putDoc(collection, movedOut);
      await scope.commitCommand();
      const afterMove = (await scope.findWhere<Note>(collection, 'tag', tag)).map((doc) => doc.data.text);
      return { before, during, afterRollback, afterMove };
    });
    expect(seen).toEqual({
      before: ['stored'],
      during: ['stored', 'buffered', 'other tag'],
      afterRollback: ['stored'],
      afterMove: [],
    });
  });
});
