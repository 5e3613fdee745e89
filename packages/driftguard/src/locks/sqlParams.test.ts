import { describe, expect, it } from 'vitest';
import { bindNamedSql, parseNamedSql } from './sqlParams.js';

const QUERY =
  "SELECT COUNT(*) AS n FROM orders WHERE customer_id = :customer AND note <> ':nope' AND created::text > :since OR id = :customer -- :comment";

describe('named SQL parameters', () => {
  it('are found outside strings, comments and :: casts', () => {
    expect(parseNamedSql(QUERY).params.map((param) => param.name)).toEqual(['customer', 'since', 'customer']);
    expect(parseNamedSql('SELECT $tag$ :inside $tag$, :unique.key').params.map((param) => param.name)).toEqual([
      'unique.key',
    ]);
  });

  it('bind as $n for PostgreSQL (a repeated name reuses its number) and ? elsewhere', () => {
    const value = (name: string) => `<${name}>`;
    const pg = bindNamedSql(parseNamedSql(QUERY), 'postgres', value);
    expect(pg.text).toContain('customer_id = $1 AND');
    expect(pg.text).toContain('> $2 OR id = $1 --');
    expect(pg.values).toEqual(['<customer>', '<since>']);
    const sqlite = bindNamedSql(parseNamedSql(QUERY), 'sqlite', value);
    expect(sqlite.text).toContain('customer_id = ? AND');
    expect(sqlite.values).toEqual(['<customer>', '<since>', '<customer>']);
    expect(bindNamedSql(parseNamedSql(QUERY), 'mysql', value).values).toHaveLength(3);
  });
});
