import pg from 'pg';
import { newId } from '../../shared/ids';

/** A fresh PostgreSQL schema name for one bench run. */
export function benchSchemaName(): string {
  return `bench_${newId().replace(/-/g, '').slice(-12)}`;
}

/** Drops a bench run's schema (PostgreSQL only). */
export async function dropBenchSchema(databaseUrl: string, schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await admin.end();
  }
}
