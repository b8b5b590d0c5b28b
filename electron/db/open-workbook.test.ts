import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { AppError } from '../../shared/ipc/result';
import { WorkbookSession } from '../workbook-session';
import { closeConnection, createWorkbookFile, openWorkbookFile } from './open-workbook';
import { WORKBOOK_APPLICATION_ID } from './workbook-format';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, runMigrations } from './migrations';

const tempDir = useTempDir();

function makeWorkbook(dir: string, name = 'client.isms'): string {
  const file = path.join(dir, name);
  const session = new WorkbookSession({ actor: 'test' });
  session.create(file, 'Acme Ltd', false);
  session.close();
  return file;
}

async function refusal(file: string): Promise<AppError> {
  try {
    const opened = await openWorkbookFile(file);
    closeConnection(opened.db);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the open to be refused');
}

/** Every file in the folder with its bytes, so "changed nothing" covers -wal/-shm side files too. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(dir).map((name) => [name, createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex')]),
  );
}

describe('opening a workbook', () => {
  it('creates a workbook with its application id, schema version and a clean close', async () => {
    const dir = tempDir();
    const file = makeWorkbook(dir);
    expect(fs.readdirSync(dir)).toEqual(['client.isms']);
    const opened = await openWorkbookFile(file);
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.db.pragma('synchronous', { simple: true })).toBe(2);
    closeConnection(opened.db);
    expect(fs.readdirSync(dir)).toEqual(['client.isms']);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(WORKBOOK_APPLICATION_ID);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(raw.prepare('SELECT count(*) AS n FROM soa_entry').get()).toEqual({ n: 93 });
    raw.close();
  });

  it('refuses a missing file', async () => {
    const dir = tempDir();
    const error = await refusal(path.join(dir, 'nowhere.isms'));
    expect(error.code).toBe('FILE_NOT_FOUND');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['a text file', 'notes.isms', Buffer.from('These are meeting notes, not a database.\n'.repeat(10))],
    ['an empty file', 'empty.isms', Buffer.alloc(0)],
    ['a truncated SQLite header', 'short.isms', Buffer.from('SQLite format 3\u0000')],
  ])('refuses %s as not SQLite and leaves it unchanged', async (_label, name, bytes) => {
    const dir = tempDir();
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const before = snapshot(dir);
    const error = await refusal(file);
    expect(error.code).toBe('NOT_SQLITE');
    expect(error.message).toContain(name);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a SQLite database that is not a workbook, byte for byte unchanged', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'crm.db');
    const other = new Database(file);
    other.exec("CREATE TABLE contact (name TEXT); INSERT INTO contact VALUES ('Ada')");
    other.close();
    const before = snapshot(dir);
    const error = await refusal(file);
    expect(error.code).toBe('NOT_A_WORKBOOK');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a workbook from a newer app version, byte for byte unchanged', async () => {
    const dir = tempDir();
    const file = makeWorkbook(dir);
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = snapshot(dir);
    const error = await refusal(file);
    expect(error.code).toBe('NEWER_SCHEMA');
    expect(error.message).toMatch(/newer version/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a read-only file and a read-only folder, unchanged', async () => {
    const dir = tempDir();
    const file = makeWorkbook(dir);
    fs.chmodSync(file, 0o444);
    const before = snapshot(dir);
    expect((await refusal(file)).code).toBe('READ_ONLY');
    expect(snapshot(dir)).toEqual(before);

    fs.chmodSync(file, 0o644);
    fs.chmodSync(dir, 0o555);
    expect((await refusal(file)).code).toBe('READ_ONLY');
    fs.chmodSync(dir, 0o755);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a workbook held open by another instance (same process and another process)', async () => {
    const dir = tempDir();
    const file = makeWorkbook(dir);
    const first = await openWorkbookFile(file);
    expect((await refusal(file)).code).toBe('LOCKED');
    closeConnection(first.db);

    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.pragma('locking_mode=EXCLUSIVE');` +
          `d.exec('BEGIN EXCLUSIVE;COMMIT;');console.log('locked');setInterval(()=>{},1000);`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    try {
      const before = snapshot(dir);
      const error = await refusal(file);
      expect(error.code).toBe('LOCKED');
      expect(error.message).toMatch(/open in another/);
      expect(snapshot(dir)).toEqual(before);
    } finally {
      holder.kill();
    }
  });

  it('never overwrites an existing file when creating', () => {
    const dir = tempDir();
    const file = path.join(dir, 'existing.isms');
    fs.writeFileSync(file, 'keep me');
    expect(() => createWorkbookFile(file)).toThrowError(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });
});

describe('migrations', () => {
  it('apply in one transaction: a failing step leaves the schema version and tables as they were', async () => {
    const dir = tempDir();
    const file = makeWorkbook(dir);
    const opened = await openWorkbookFile(file);
    const broken = [
      { version: LATEST_SCHEMA_VERSION + 1, name: 'adds a table', sql: 'CREATE TABLE later_feature (id INTEGER) STRICT;' },
      { version: LATEST_SCHEMA_VERSION + 2, name: 'fails', sql: 'ALTER TABLE no_such_table ADD COLUMN x TEXT;' },
    ];
    expect(() => runMigrations(opened.db, LATEST_SCHEMA_VERSION, 'now', broken)).toThrow(/no_such_table/);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(opened.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'later_feature'").get()).toEqual({ n: 0 });

    const good = [{ version: LATEST_SCHEMA_VERSION + 1, name: 'adds a table', sql: 'CREATE TABLE later_feature (id INTEGER) STRICT;' }];
    expect(runMigrations(opened.db, LATEST_SCHEMA_VERSION, 'now', good)).toBe(LATEST_SCHEMA_VERSION + 1);
    const applied = opened.db.prepare('SELECT version, name, length(sha256) AS hashLength FROM schema_migration ORDER BY version').all();
    expect(applied).toEqual([
      ...MIGRATIONS.map((m) => ({ version: m.version, name: m.name, hashLength: 64 })),
      { version: LATEST_SCHEMA_VERSION + 1, name: 'adds a table', hashLength: 64 },
    ]);
    closeConnection(opened.db);
  });

  it('upgrades a workbook from an older version after a backup made with the backup API', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.isms');
    const old = new Database(file);
    old.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
    runMigrations(old, 0, '2026-01-01T00:00:00Z', MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO organisation (id, legal_name, classification_labels) VALUES (1, 'Old Co', '[\"Internal\"]')").run();
    old.close();

    const opened = await openWorkbookFile(file);
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(opened.backupPath).not.toBeNull();
    closeConnection(opened.db);

    const backup = new Database(opened.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT legal_name FROM organisation').get()).toEqual({ legal_name: 'Old Co' });
    backup.close();
  });

  it('every migration runs on an empty in-memory database', () => {
    const db = new Database(':memory:');
    expect(runMigrations(db, 0, 'now')).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

describe('save as', () => {
  it('writes a consistent copy with the backup API and continues in the copy', async () => {
    const dir = tempDir();
    const file = makeWorkbook(dir);
    const session = new WorkbookSession({ actor: 'test' });
    await session.open(file);
    const copy = path.join(dir, 'copy.isms');
    const info = await session.saveAs(copy);
    expect(info.path).toBe(copy);
    expect(session.path).toBe(copy);
    session.close();
    const check = execFileSync(process.execPath, [
      '-e',
      `const D=require('better-sqlite3');const d=new D(${JSON.stringify(copy)},{readonly:true});` +
        `console.log(d.pragma('integrity_check',{simple:true}), d.prepare('select count(*) n from soa_entry').get().n)`,
    ]).toString();
    expect(check.trim()).toBe('ok 93');
  });
});
