import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { readJsonSetting, writeJsonSetting } from './setting-repo';

/** The optional Trust Services Categories in scope, as a JSON array in isms_setting. */
export const SOC2_CATEGORIES_KEY = 'soc2.categories';
/** The criteria whose expectation beyond the ISO controls the user says is in place, as a JSON array. */
export const SOC2_EXPECTATIONS_KEY = 'soc2.expectationsInPlace';

const stringList = z.array(z.string());

/** The stored list, or an empty one when the setting is absent; unreadable values count as absent. */
export function readSettingList(db: Database, key: string): string[] {
  const parsed = stringList.safeParse(readJsonSetting(db, key));
  return parsed.success ? parsed.data : [];
}

export function saveSettingList(db: Database, key: string, values: readonly string[]): void {
  writeJsonSetting(db, key, values);
}
