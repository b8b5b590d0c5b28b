import fs from 'node:fs';
import { AppError } from '../shared/ipc/result';
import type { WorkbookSession } from './workbook-session';

export interface StartupOutcome {
  /** Why the workbook the user asked for (file association, command line) could not be opened. */
  requestedError: string | null;
  /** Why not even the default workbook could be opened; the window then shows its start screen. */
  defaultError: string | null;
}

/**
 * Opens what the user asked for, else the last workbook, else the default one in the app's data folder
 * (created on the very first start). A file that cannot be opened is reported and left alone: never
 * replaced, reset or deleted.
 */
export async function openInitialWorkbook(
  session: WorkbookSession,
  options: { requested: string | null; defaultPath: string; defaultOrganisation: string },
): Promise<StartupOutcome> {
  const outcome: StartupOutcome = { requestedError: null, defaultError: null };
  const recent = session.recent.list()[0]?.path ?? null;
  for (const candidate of [options.requested, recent]) {
    if (!candidate) continue;
    try {
      await session.open(candidate);
      return outcome;
    } catch (error) {
      if (candidate === options.requested) outcome.requestedError = messageOf(error);
    }
  }
  try {
    if (fs.existsSync(options.defaultPath)) await session.open(options.defaultPath);
    else session.create(options.defaultPath, options.defaultOrganisation, false);
  } catch (error) {
    outcome.defaultError = messageOf(error);
  }
  return outcome;
}

function messageOf(error: unknown): string {
  return error instanceof AppError ? error.message : `Unexpected error: ${(error as Error).message}`;
}
