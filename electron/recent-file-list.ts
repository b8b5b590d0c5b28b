import fs from 'node:fs';
import type { RecentWorkbook } from '../shared/domain/workbook';
import type { RecentList } from './workbook-session';

/** The Open Recent list, kept beside the app's settings (never inside a workbook, which may be a client's). */
export function fileRecentList(filePath: string): RecentList {
  let entries: RecentWorkbook[] = [];
  try {
    const parsed = JSON.parse(fs.readFileSync(filePath, 'utf8')) as unknown;
    if (Array.isArray(parsed)) {
      entries = parsed.filter(
        (e): e is RecentWorkbook =>
          typeof e === 'object' && e !== null && typeof (e as RecentWorkbook).path === 'string',
      );
    }
  } catch {
    entries = [];
  }
  return {
    list: () => entries.filter((e) => fs.existsSync(e.path)),
    remember(entry) {
      entries = [entry, ...entries.filter((e) => e.path !== entry.path)].slice(0, 10);
      try {
        fs.writeFileSync(filePath, JSON.stringify(entries, null, 2));
      } catch {
        // A read-only settings folder costs the user only the recent list, not their work.
      }
    },
  };
}
