import type { Database } from 'better-sqlite3';
import { z } from 'zod';

/** The optional Trust Services Categories in scope, as a JSON array in isms_setting. */
export const SOC2_CATEGORIES_KEY = 'soc2.categories';
/** The criteria whose expectation beyond the ISO controls the user says is in place, as a JSON array. */
export const SOC2_EXPECTATIONS_KEY = 'soc2.expectationsInPlace';

const stringList = z.array(z.string());

/** The stored list, or an empty one when the setting is absent; unreadable values count as absent. */
export function readSettingList(db: Database, key: string): string[] {
  const row = db.prepare('SELECT value FROM isms_setting WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return [];
  try {
    const parsed = stringList.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function saveSettingList(db: Database, key: string, values: readonly string[]): void {
  db.prepare('INSERT INTO isms_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(values),
  );
}
