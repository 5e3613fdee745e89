import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from '../migrations.js';

/**
 * Brings `db` up to the latest schema, recording each applied migration in `schema_migrations`.
 * Runs in one IMMEDIATE transaction, so two processes starting on one file never both migrate.
 * Returns the versions it applied (none when already current).
 */
export function migrateSqlite(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const migrate = db.transaction(() => {
    const applied = new Set(
      db
        .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
        .all()
        .map((row) => row.version),
    );
    const pending = migrations.filter((migration) => !applied.has(migration.version));
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of pending) {
      db.exec(migration.sqlite);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    return pending.map((migration) => migration.version);
  });
  return migrate.immediate();
}
