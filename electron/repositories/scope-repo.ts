import type { Database } from 'better-sqlite3';
import { EMPTY_SCOPE, ismsScopeSchema, type IsmsScope } from '../../shared/domain/context';

/** The scope document; a workbook that has none yet reads as an empty scope. */
export function getScope(db: Database): IsmsScope {
  const text = db.prepare('SELECT scope FROM isms_scope WHERE id = 1').pluck().get() as string | undefined;
  if (text === undefined) return structuredClone(EMPTY_SCOPE);
  // Fields added in later versions read as empty, so an older document still parses.
  return ismsScopeSchema.parse({ ...EMPTY_SCOPE, ...(JSON.parse(text) as object) });
}

export function saveScope(db: Database, scope: IsmsScope): void {
  db.prepare('INSERT INTO isms_scope (id, scope) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET scope = excluded.scope').run(
    JSON.stringify(scope),
  );
}
