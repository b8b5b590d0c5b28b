import type { ImportProblem } from '../../shared/domain/exports';
import { call, errorMessage, RequestError } from '../api/isms-client';
import { notify } from '../app/notice-store';

/** Asks where to save, writes the export, and offers to show it. */
export async function exportWithDialog(kind: string): Promise<void> {
  try {
    const path = await call('dialog:exportPath', { kind });
    if (!path) return;
    const result = await call('export:run', { kind, path });
    notify({
      tone: 'success',
      text: `Exported ${result.path.split(/[\\/]/).pop()} (${Math.max(1, Math.round(result.bytes / 1024))} KB).`,
      action: { label: 'Show in folder', run: () => void call('shell:showItem', { path: result.path }) },
    });
  } catch (error) {
    notify({ tone: 'error', text: `Export failed: ${errorMessage(error)}` });
  }
}

/** Imports SoA decisions from CSV or Excel: every row or none; problems are listed by row. */
export async function importSoaWithDialog(): Promise<void> {
  try {
    const path = await call('dialog:importFile', { title: 'Import Statement of Applicability' });
    if (!path) return;
    const report = await call('import:soa', { path, dryRun: false });
    notify({ tone: 'success', text: `Imported ${report.applied} ${report.applied === 1 ? 'row' : 'rows'} into the Statement of Applicability.` });
  } catch (error) {
    const problems =
      error instanceof RequestError ? ((error.details as { problems?: ImportProblem[] } | undefined)?.problems ?? []) : [];
    notify({
      tone: 'error',
      text: errorMessage(error),
      details: problems.slice(0, 20).map((p) => `Row ${p.row}${p.column ? ` (${p.column})` : ''}: ${p.message}`),
    });
  }
}
