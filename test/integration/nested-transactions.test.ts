import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type SqlClient } from '../../server/db/sql-client';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';

const url = process.env.DATABASE_URL;
const backends = [
  { name: 'pglite', enabled: true },
  { name: 'postgres', enabled: url !== undefined && url.length > 0 },
] as const;

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`nested transactions [${backend.name}]`, () => {
    let db: SqlClient;
    const schema = freshSchemaName('n');
    beforeAll(async () => {
      db = await openDatabase(
        backend.name === 'postgres' ? { databaseUrl: url, schema } : { dataDir: 'memory' },
      );
      await db.query('CREATE TABLE items (name text PRIMARY KEY)');
    }, 120_000);
    afterAll(async () => {
      await db.close();
      if (backend.name === 'postgres' && url) await dropSchema(url, schema);
    }, 60_000);

    const names = async (): Promise<string[]> =>
      (await db.query<{ name: string }>('SELECT name FROM items ORDER BY name')).map((row) => row.name);

    it('joins the open transaction: a rollback of the outer one undoes what inner calls wrote', async () => {
      await expect(
        db.transaction(async () => {
          await db.query(`INSERT INTO items VALUES ('joined')`);
          await db.transaction((tx) => tx.query(`INSERT INTO items VALUES ('nested')`));
          throw new Error('crash before commit');
        }),
      ).rejects.toThrow('crash before commit');
      expect(await names()).toEqual([]);
    });

    it('a failing nested transaction rolls back only its part; after-commit hooks wait for the outer commit', async () => {
      const heard: string[] = [];
      await db.transaction(async (tx) => {
        await tx.query(`INSERT INTO items VALUES ('kept')`);
        await db
          .transaction(async (inner) => {
            await inner.query(`INSERT INTO items VALUES ('dropped')`);
            db.afterCommit(() => heard.push('dropped'));
            await inner.query('SELECT 1/0');
          })
          .catch(() => undefined);
        await db.transaction(async () => {
          db.afterCommit(() => heard.push('kept'));
          return Promise.resolve();
        });
        expect(heard).toEqual([]);
      });
      expect(heard).toEqual(['kept']);
      expect(await names()).toEqual(['kept']);
      await db.query('DELETE FROM items');
    });

    it('runs concurrent statements of one transaction one after another (no pg "already executing" warning)', async () => {
      const warnings: string[] = [];
      const listen = (warning: Error): void => {
        warnings.push(warning.message);
      };
      process.on('warning', listen);
      try {
        const counts = await db.transaction((tx) =>
          Promise.all(
            Array.from({ length: 5 }, (_, i) => tx.query<{ n: number }>('SELECT $1::int AS n', [i])),
          ),
        );
        expect(counts.map((rows) => rows[0]?.n)).toEqual([0, 1, 2, 3, 4]);
        await new Promise((resolve) => setImmediate(resolve));
      } finally {
        process.off('warning', listen);
      }
      expect(warnings.filter((message) => message.includes('already executing'))).toEqual([]);
    });
  });
}
