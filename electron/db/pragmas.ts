import type { Database } from 'better-sqlite3';

/**
 * Settings every workbook connection runs with. EXCLUSIVE locking keeps a second app instance (or a sync
 * client) from writing underneath us; the lock goes with the process, so a crash never leaves it behind.
 */
export function applyConnectionPragmas(db: Database): void {
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 0');
  // Take the exclusive lock now rather than at the first edit, so a second instance is refused at open.
  db.exec('BEGIN EXCLUSIVE; COMMIT;');
}

/** Run before closing: lets SQLite refresh its statistics and folds the WAL back into the main file. */
export function closeConnection(db: Database): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
