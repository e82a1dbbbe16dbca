import { afterEach, describe, expect, it } from 'vitest';
import { kyselyOn, qb, run, runFirst } from '../../server/db/kysely';
import { migrate, migrationIds, migrations } from '../../server/db/migrations';
import { openDatabase, type SqlClient } from '../../server/db/sql-client';
import { dropSchema, freshSchemaName } from '../factories/postgres-schema';

const url = process.env.DATABASE_URL;
const backends = [
  { name: 'pglite', enabled: true },
  { name: 'postgres', enabled: url !== undefined && url.length > 0 },
] as const;

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`Kysely migrator [${backend.name}]`, () => {
    const opened: { db: SqlClient; schema: string }[] = [];
    const open = async (): Promise<SqlClient> => {
      const schema = freshSchemaName('km');
      const db = await openDatabase(
        backend.name === 'postgres' ? { databaseUrl: url, schema } : { dataDir: 'memory' },
      );
      opened.push({ db, schema });
      return db;
    };
    afterEach(async () => {
      for (const { db, schema } of opened.splice(0)) {
        await db.close();
        if (backend.name === 'postgres' && url) await dropSchema(url, schema);
      }
    }, 60_000);

    const recorded = async (db: SqlClient): Promise<string[]> =>
      (await db.query<{ name: string }>('SELECT name FROM kysely_migration ORDER BY name')).map(
        (row) => row.name,
      );

    /** What the hand-written migrator left: the first `count` migrations applied and listed in schema_migrations. */
    const legacyDatabase = async (db: SqlClient, count: number): Promise<void> => {
      await db.query(
        'CREATE TABLE schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const kysely = kyselyOn(db);
      for (const id of migrationIds.slice(0, count)) {
        await migrations[id]!.up(kysely);
        await db.query('INSERT INTO schema_migrations (id) VALUES ($1)', [id]);
      }
    };

    it.runIf(backend.name === 'postgres')(
      'migrates a schema of its own when another schema of the database already holds Kysely’s tables',
      async () => {
        await migrate(await open());
        const second = await open();
        expect(await migrate(second)).toEqual([...migrationIds]);
        expect(await recorded(second)).toEqual([...migrationIds]);
      },
    );

    it('applies every migration once, in id order, on a new database', async () => {
      const db = await open();
      expect(await migrate(db)).toEqual(migrationIds);
      expect(await recorded(db)).toEqual([...migrationIds].sort());
      expect(await migrate(db)).toEqual([]);
    }, 120_000);

    it('adopts a database migrated by the old migrator without re-running anything', async () => {
      const db = await open();
      await legacyDatabase(db, migrationIds.length);
      await run(
        db,
        qb.insertInto('stores').values({ id: '00000000-0000-4000-8000-000000000001', data: '{}' }),
      );
      expect(await migrate(db)).toEqual([]);
      expect(await recorded(db)).toEqual([...migrationIds].sort());
      const store = await runFirst(db, qb.selectFrom('stores').select('id'));
      expect(store?.id).toBe('00000000-0000-4000-8000-000000000001');
    }, 120_000);

    it('runs only what the old migrator had not applied yet', async () => {
      const db = await open();
      await legacyDatabase(db, 5);
      expect(await migrate(db)).toEqual(migrationIds.slice(5));
      expect(await recorded(db)).toEqual([...migrationIds].sort());
    }, 120_000);

    it('typed queries join the open transaction and roll back with it', async () => {
      const db = await open();
      await migrate(db);
      await expect(
        db.transaction(async () => {
          await run(
            db,
            qb.insertInto('stores').values({ id: '00000000-0000-4000-8000-000000000002', data: '{}' }),
          );
          throw new Error('crash before commit');
        }),
      ).rejects.toThrow('crash before commit');
      expect(await run(db, qb.selectFrom('stores').select('id'))).toEqual([]);
    }, 120_000);
  });
}
