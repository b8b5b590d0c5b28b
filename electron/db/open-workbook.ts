import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/ipc/result';
import { WORKBOOK_APPLICATION_ID, SQLITE_HEADER } from './workbook-format';
import { LATEST_SCHEMA_VERSION, pendingMigrations, runMigrations } from './migrations';
import { applyConnectionPragmas, closeConnection } from './pragmas';
import { nativeBindingOption } from './native-binding';

export interface WorkbookFile {
  db: Database.Database;
  path: string;
  schemaVersion: number;
  /** Where the pre-migration backup went, when opening upgraded the schema. */
  backupPath: string | null;
}

function readHeader(filePath: string): Buffer {
  const fd = fs.openSync(filePath, 'r');
  try {
    const buffer = Buffer.alloc(100);
    const read = fs.readSync(fd, buffer, 0, 100, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** Root ignores permission bits, so check them as well as asking the OS. */
function isWritable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch {
    return false;
  }
  return (fs.statSync(target).mode & 0o222) !== 0;
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

interface Identity {
  applicationId: number;
  userVersion: number;
}

function readIdentity(db: Database.Database, filePath: string): Identity {
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    // Reading the schema takes a shared lock, which fails while another instance holds its exclusive one.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return { applicationId, userVersion };
  } catch (error) {
    if (isBusy(error)) throw lockedError(filePath);
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw notSqliteError(filePath);
    throw error;
  }
}

function checkIdentity(identity: Identity, filePath: string): void {
  if (identity.applicationId !== WORKBOOK_APPLICATION_ID) {
    throw new AppError(
      'NOT_A_WORKBOOK',
      `"${path.basename(filePath)}" is a database, but not an ISMS workbook. It was left as it is.`,
      { path: filePath, applicationId: identity.applicationId },
    );
  }
  if (identity.userVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'NEWER_SCHEMA',
      `"${path.basename(filePath)}" was saved by a newer version of ISMS Workbook (format ${identity.userVersion}; ` +
        `this version reads up to ${LATEST_SCHEMA_VERSION}). Update the app to open it; the file was not changed.`,
      { path: filePath, fileVersion: identity.userVersion, appVersion: LATEST_SCHEMA_VERSION },
    );
  }
}

const lockedError = (filePath: string) =>
  new AppError(
    'LOCKED',
    `"${path.basename(filePath)}" is open in another ISMS Workbook window or program. Close it there first.`,
    { path: filePath },
  );
const notSqliteError = (filePath: string) =>
  new AppError('NOT_SQLITE', `"${path.basename(filePath)}" is not an ISMS workbook: it is not a database file.`, {
    path: filePath,
  });
const readOnlyError = (filePath: string) =>
  new AppError(
    'READ_ONLY',
    `"${path.basename(filePath)}" or its folder is read-only. ISMS Workbook saves every change as you make it, ` +
      'so it needs write access. Copy the file to a writable folder, or change its permissions.',
    { path: filePath },
  );

/**
 * File-level checks that need no database connection: the identity comes from the SQLite header itself
 * (user_version at byte 60, application_id at byte 68), so a refused file is never opened by SQLite at all.
 */
function checkFile(filePath: string): Identity {
  if (!fs.existsSync(filePath)) {
    throw new AppError('FILE_NOT_FOUND', `There is no file at ${filePath}.`, { path: filePath });
  }
  if (!fs.statSync(filePath).isFile()) {
    throw new AppError('NOT_SQLITE', `${filePath} is a folder, not a workbook file.`, { path: filePath });
  }
  const header = readHeader(filePath);
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw notSqliteError(filePath);
  }
  return { userVersion: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
}

/**
 * Opens a connection only once the file is known to be a workbook this version can use. The lock mode is
 * set before the first read, and the identity is read again under that lock, so nothing is written before
 * every check has passed.
 */
function connect(filePath: string): { db: Database.Database; identity: Identity } {
  checkIdentity(checkFile(filePath), filePath);
  if (!isWritable(filePath) || !isWritable(path.dirname(filePath))) throw readOnlyError(filePath);
  const db = new Database(filePath, { fileMustExist: true, timeout: 0, ...nativeBindingOption() });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    const identity = readIdentity(db, filePath);
    checkIdentity(identity, filePath);
    applyConnectionPragmas(db);
    return { db, identity };
  } catch (error) {
    db.close();
    if (isBusy(error)) throw lockedError(filePath);
    throw error;
  }
}

export function backupPathFor(filePath: string, fromVersion: number): string {
  const ext = path.extname(filePath);
  return `${filePath.slice(0, filePath.length - ext.length)}.before-v${LATEST_SCHEMA_VERSION}-from-v${fromVersion}${ext || '.isms'}.bak`;
}

/** Opens an existing workbook for editing, upgrading its schema after a backup. */
export async function openWorkbookFile(filePath: string, now: () => Date = () => new Date()): Promise<WorkbookFile> {
  const absolute = path.resolve(filePath);
  const { db, identity } = connect(absolute);
  let backupPath: string | null = null;
  try {
    if (pendingMigrations(identity.userVersion).length > 0) {
      backupPath = backupPathFor(absolute, identity.userVersion);
      await db.backup(backupPath);
      runMigrations(db, identity.userVersion, now().toISOString());
    }
  } catch (error) {
    closeConnection(db);
    throw new AppError(
      'MIGRATION_FAILED',
      `"${path.basename(absolute)}" could not be upgraded, so it was left at its old version` +
        (backupPath ? ` (a backup is at ${backupPath})` : '') +
        `: ${(error as Error).message}`,
      { path: absolute, backupPath },
    );
  }
  return { db, path: absolute, schemaVersion: LATEST_SCHEMA_VERSION, backupPath };
}

/** Creates a new, empty workbook file; refuses to overwrite anything. */
export function createWorkbookFile(filePath: string, now: () => Date = () => new Date()): WorkbookFile {
  const absolute = path.resolve(filePath);
  if (fs.existsSync(absolute)) {
    throw new AppError('FILE_EXISTS', `A file already exists at ${absolute}. Choose another name.`, {
      path: absolute,
    });
  }
  if (!fs.existsSync(path.dirname(absolute))) {
    throw new AppError('FILE_NOT_FOUND', `The folder ${path.dirname(absolute)} does not exist.`, { path: absolute });
  }
  if (!isWritable(path.dirname(absolute))) {
    throw new AppError('READ_ONLY', `The folder ${path.dirname(absolute)} is read-only.`, { path: absolute });
  }
  const db = new Database(absolute, { timeout: 0, ...nativeBindingOption() });
  try {
    db.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
    applyConnectionPragmas(db);
    runMigrations(db, 0, now().toISOString());
  } catch (error) {
    closeConnection(db);
    fs.rmSync(absolute, { force: true });
    fs.rmSync(`${absolute}-wal`, { force: true });
    fs.rmSync(`${absolute}-shm`, { force: true });
    throw error;
  }
  return { db, path: absolute, schemaVersion: LATEST_SCHEMA_VERSION, backupPath: null };
}

export { closeConnection };
