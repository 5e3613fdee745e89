import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocks, runLocks } from '../src/locks/index.js';

// The MariaDB server on 127.0.0.1:3306 (root, no password, database test; .ci/run starts it when it
// is down), or the one DRIFTGUARD_TEST_MYSQL_URL names (mysql://user:password@host:3306/database).
const URL = process.env.DRIFTGUARD_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';

describe('sql steps on MySQL/MariaDB', () => {
  const table = `dg_orders_${randomBytes(4).toString('hex')}`;
  let connection: mysql.Connection;

  beforeAll(async () => {
    connection = await mysql.createConnection({ uri: URL });
    await connection.query(`CREATE TABLE ${table} (id VARCHAR(40), customer_id VARCHAR(64))`);
    await connection.query(`INSERT INTO ${table} VALUES ('ord_1', 'cust-a'), ('ord_2', 'cust-a'), ('ord_3', 'cust-b')`);
  });
  afterAll(async () => {
    await connection?.query(`DROP TABLE IF EXISTS ${table}`);
    await connection?.end();
  });

  async function runSql(step: string) {
    const dir = mkdtempSync(join(tmpdir(), 'dg-mysql-'));
    writeFileSync(join(dir, 'm.lock.yaml'), `lock: mysql\nvars:\n  customer: cust-a\nsteps:\n${step}`);
    const report = await runLocks({ locks: await loadLocks(['.'], { cwd: dir }), db: URL, cwd: dir });
    return report.locks[0];
  }

  it('binds :name parameters and counts COUNT(*) and rows', async () => {
    const counted = await runSql(
      `  - sql: SELECT COUNT(*) AS n FROM ${table} WHERE customer_id = :customer\n    equals: 2\n`,
    );
    expect(counted?.status).toBe('pass');
    const rows = await runSql(
      `  - sql: SELECT id FROM ${table} WHERE customer_id = :customer ORDER BY id\n    equals: 2\n    expect: { '$[1].id': ord_2 }\n`,
    );
    expect(rows?.status).toBe('pass');
  });

  it('fails a count that is off, and errors on an SQL mistake with the server message', async () => {
    const off = await runSql(
      `  - sql: SELECT COUNT(*) AS n FROM ${table} WHERE customer_id = :customer\n    equals: 1\n`,
    );
    expect(off?.failure?.message).toBe('the query counted 2, expected exactly 1');
    const typo = await runSql(`  - sql: SELECT COUNT(*) FROM ${table}_nope\n    equals: 1\n`);
    expect(typo).toMatchObject({ status: 'error', failure: { at: 'm.lock.yaml:5:10' } });
    expect(typo?.failure?.message).toMatch(/^SQL error: Table '.*_nope' doesn't exist$/);
  });
});
