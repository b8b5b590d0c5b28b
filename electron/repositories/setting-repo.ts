import type { Database } from 'better-sqlite3';
import { cached } from './statement-cache';

/**
 * Workbook settings that are not records of their own (the audit cycle, the certification plan, the SOC 2 scope,
 * the advisor's answers): one text value per key in `isms_setting`.
 */
export function readSetting(db: Database, key: string): string | null {
  const row = cached(db, 'SELECT value FROM isms_setting WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Stores the value; null or an empty string removes the key, so a cleared setting reads back as unset. */
export function writeSetting(db: Database, key: string, value: string | null): void {
  if (value === null || value === '') cached(db, 'DELETE FROM isms_setting WHERE key = ?').run(key);
  else cached(db, 'INSERT INTO isms_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** A setting holding JSON, or null when it is unset or unreadable (the caller validates the shape). */
export function readJsonSetting(db: Database, key: string): unknown {
  const value = readSetting(db, key);
  if (value === null) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

export function writeJsonSetting(db: Database, key: string, value: unknown): void {
  writeSetting(db, key, value === null ? null : JSON.stringify(value));
}
