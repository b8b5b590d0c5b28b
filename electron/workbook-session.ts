import path from 'node:path';
import { AppError } from '../shared/ipc/result';
import type { RecentWorkbook, WorkbookInfo } from '../shared/domain/workbook';
import {
  closeConnection,
  createWorkbookFile,
  openWorkbookFile,
  type WorkbookFile,
} from './db/open-workbook';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { initialiseWorkbook } from './services/workbook-service';
import { readOrganisation } from './services/organisation-service';
import type { WorkbookContext } from './services/workbook-context';

export interface RecentList {
  list(): RecentWorkbook[];
  remember(entry: RecentWorkbook): void;
}

export function memoryRecentList(): RecentList {
  let entries: RecentWorkbook[] = [];
  return {
    list: () => entries,
    remember(entry) {
      entries = [entry, ...entries.filter((e) => e.path !== entry.path)].slice(0, 10);
    },
  };
}

export interface SessionOptions {
  actor: string;
  now?: () => Date;
  recent?: RecentList;
}

/** The workbook one window (or one CLI run) has open. Opening another closes the first, cleanly. */
export class WorkbookSession {
  private file: WorkbookFile | null = null;
  readonly actor: string;
  readonly now: () => Date;
  readonly recent: RecentList;

  constructor(options: SessionOptions) {
    this.actor = options.actor;
    this.now = options.now ?? (() => new Date());
    this.recent = options.recent ?? memoryRecentList();
  }

  get isOpen(): boolean {
    return this.file !== null;
  }

  get path(): string | null {
    return this.file?.path ?? null;
  }

  /** The context services run in; refuses clearly when nothing is open. */
  context(): WorkbookContext {
    if (!this.file) throw new AppError('NO_WORKBOOK', 'No workbook is open. Create one or open an existing file.');
    return { db: this.file.db, actor: this.actor, now: this.now };
  }

  info(): WorkbookInfo | null {
    if (!this.file) return null;
    return {
      path: this.file.path,
      fileName: path.basename(this.file.path),
      organisationName: readOrganisation(this.context()).legalName,
      schemaVersion: this.file.schemaVersion,
    };
  }

  private adopt(file: WorkbookFile): WorkbookInfo {
    this.close();
    this.file = file;
    const info = this.info()!;
    this.recent.remember({ path: info.path, organisationName: info.organisationName, openedAt: this.now().toISOString() });
    return info;
  }

  async open(filePath: string): Promise<WorkbookInfo> {
    const absolute = path.resolve(filePath);
    if (this.file?.path === absolute) return this.info()!;
    return this.adopt(await openWorkbookFile(absolute, this.now));
  }

  create(filePath: string, organisationName: string, sample: boolean): WorkbookInfo {
    const file = createWorkbookFile(filePath, this.now);
    try {
      initialiseWorkbook({ db: file.db, actor: this.actor, now: this.now }, organisationName, sample);
    } catch (error) {
      closeConnection(file.db);
      throw error;
    }
    return this.adopt(file);
  }

  /** Writes a consistent copy with SQLite's backup API and carries on in the copy, as Save As does. */
  async saveAs(filePath: string): Promise<WorkbookInfo> {
    if (!this.file) throw new AppError('NO_WORKBOOK', 'No workbook is open.');
    const target = path.resolve(filePath);
    if (target === this.file.path) return this.info()!;
    const created = createWorkbookFile(target, this.now);
    closeConnection(created.db);
    await this.file.db.backup(target);
    return this.adopt(await openWorkbookFile(target, this.now));
  }

  close(): void {
    if (this.file) closeConnection(this.file.db);
    this.file = null;
  }
}

export { LATEST_SCHEMA_VERSION };
