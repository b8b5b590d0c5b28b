import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { initialSchema } from './001-initial';
import { riskManagementSchema } from './002-risk-management';
import { ismsRecordsSchema } from './003-isms-records';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append-only: never edit a released migration, add the next number instead. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initialSchema },
  { version: 2, name: 'risk management', sql: riskManagementSchema },
  { version: 3, name: 'isms records', sql: ismsRecordsSchema },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function migrationHash(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

export function pendingMigrations(currentVersion: number, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  return migrations.filter((m) => m.version > currentVersion);
}

/** Applies every pending migration in one transaction: a failure leaves the file at its old version. */
export function runMigrations(
  db: Database,
  currentVersion: number,
  appliedAt: string,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const pending = pendingMigrations(currentVersion, migrations);
  if (pending.length === 0) return currentVersion;
  const apply = db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migration (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)').run(
        migration.version,
        migration.name,
        migrationHash(migration),
        appliedAt,
      );
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  apply();
  return pending[pending.length - 1]!.version;
}
