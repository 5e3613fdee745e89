import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockRunError } from '../LockRunError.js';
import { importDriver } from './importDriver.js';
import { openDatabase, redact } from './openDatabase.js';

describe('opening a lock database', () => {
  it('says in one line which driver to install when it is missing', async () => {
    const missing = Object.assign(new Error("Cannot find package 'pg'"), { code: 'ERR_MODULE_NOT_FOUND' });
    await expect(importDriver(() => Promise.reject(missing), 'pg', 'PostgreSQL')).rejects.toThrow(
      new LockRunError('the PostgreSQL driver is not installed: run npm install --save-dev pg'),
    );
  });

  it('refuses a SQLite file that does not exist instead of creating an empty one', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dg-db-')), 'nope.sqlite');
    await expect(openDatabase(`sqlite:${file}`, '/')).rejects.toThrow(`SQLite database ${file} does not exist`);
  });

  it('refuses an unknown scheme without showing the password', async () => {
    await expect(openDatabase('redis://user:secret@host/0', '/')).rejects.toThrow(
      'database redis://user:***@host/0: expected postgres://, mysql://, mariadb://, sqlite:PATH or a file path',
    );
    expect(redact('postgres://me:pw@h:5432/db')).toBe('postgres://me:***@h:5432/db');
  });
});
