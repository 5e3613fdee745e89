import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A pool on a fresh schema of the `test` database at 127.0.0.1:5432, and a way to drop it. */
export interface TestSchema {
  readonly pool: pg.Pool;
  readonly schema: string;
  /** A `postgres://` URL whose connections use that schema, for a service started with `DATABASE_URL`. */
  readonly url: string;
  /** Ends the pool and drops the schema with everything in it. */
  drop(): Promise<void>;
}

const CONNECTION = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  database: process.env.PGDATABASE ?? 'test',
  user: process.env.PGUSER ?? 'postgres',
};

/** Creates `os_<random>` and returns a pool whose `search_path` is that schema, so tests never meet each other's tables. */
export async function createTestSchema(): Promise<TestSchema> {
  const schema = `os_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client(CONNECTION);
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const pool = new pg.Pool({ ...CONNECTION, max: 6, options: `-c search_path=${schema}` });
  const { user, host, port, database } = CONNECTION;
  const url = `postgres://${user}@${host}:${port}/${database}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    pool,
    schema,
    url,
    drop: async () => {
      await pool.end();
      const cleanup = new pg.Client(CONNECTION);
      await cleanup.connect();
      try {
        await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
