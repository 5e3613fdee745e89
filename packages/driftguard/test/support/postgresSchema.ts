import { randomBytes } from 'node:crypto';
import pg from 'pg';

const CONNECTION = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  database: process.env.PGDATABASE ?? 'test',
  user: process.env.PGUSER ?? 'postgres',
};

/** A fresh schema in the test database, a `postgres://` URL whose connections use it, and a way to drop it. */
export async function createPostgresSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `dg_locks_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient((client) => client.query(`CREATE SCHEMA ${schema}`));
  const { user, host, port, database } = CONNECTION;
  const url = `postgres://${user}@${host}:${port}/${database}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    drop: () => withClient((client) => client.query(`DROP SCHEMA ${schema} CASCADE`)).then(() => undefined),
  };
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(CONNECTION);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
