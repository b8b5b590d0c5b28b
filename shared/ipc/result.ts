/** Error codes that cross the IPC boundary; each has a message written for the user. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NO_WORKBOOK'
  | 'FILE_NOT_FOUND'
  | 'FILE_EXISTS'
  | 'NOT_SQLITE'
  | 'NOT_A_WORKBOOK'
  | 'NEWER_SCHEMA'
  | 'READ_ONLY'
  | 'LOCKED'
  | 'MIGRATION_FAILED'
  | 'NOT_FOUND'
  | 'IMPORT_FAILED'
  | 'EXPORT_FAILED'
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN'
  | 'CANCELLED'
  | 'INTERNAL';

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** An error meant for the user: its message is shown as is, its details help them fix the input. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppErrorShape(value: unknown): value is AppErrorShape {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
