import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from './databaseLocation.js';
import { describeLocation } from './openStorage.js';

describe('parseDatabaseUrl', () => {
  it('defaults to .data/orders.sqlite under the working directory', () => {
    expect(parseDatabaseUrl(undefined, '/srv/app')).toEqual({ kind: 'sqlite', path: '/srv/app/.data/orders.sqlite' });
  });

  it('reads sqlite files, in-memory SQLite and PostgreSQL URLs', () => {
    expect(parseDatabaseUrl('sqlite:db/o.sqlite', '/srv/app')).toEqual({
      kind: 'sqlite',
      path: '/srv/app/db/o.sqlite',
    });
    expect(parseDatabaseUrl('sqlite:/var/o.sqlite', '/srv/app')).toEqual({ kind: 'sqlite', path: '/var/o.sqlite' });
    expect(parseDatabaseUrl('sqlite::memory:', '/srv/app')).toEqual({ kind: 'sqlite-memory' });
    expect(parseDatabaseUrl('postgresql://u@h/d', '/')).toEqual({ kind: 'postgres', url: 'postgresql://u@h/d' });
  });

  it('explains what it accepts when it meets anything else', () => {
    expect(parseDatabaseUrl('mysql://h/d', '/')).toBe(
      'must be sqlite:PATH, sqlite::memory: or postgres://user@host:port/database',
    );
    expect(parseDatabaseUrl('sqlite:', '/')).toContain('needs a file path');
  });
});

describe('describeLocation', () => {
  it('masks a password', () => {
    expect(describeLocation({ kind: 'postgres', url: 'postgres://u:hunter2@db:5432/orders' })).toBe(
      'postgres://u:***@db:5432/orders',
    );
  });
});
