/**
 * `tsx test/e2e/reset-postgres-schema.ts <schema>`: drops the end-to-end PostgreSQL server's schema
 * so every run starts from a freshly seeded demo store (DATABASE_URL names the database).
 */
import { dropSchema } from '../factories/postgres-schema';

const url = process.env.DATABASE_URL;
const schema = process.argv[2];
if (!url || !schema || !/^[a-z0-9_]+$/.test(schema)) {
  throw new Error('usage: DATABASE_URL=… tsx test/e2e/reset-postgres-schema.ts <schema>');
}
await dropSchema(url, schema);
