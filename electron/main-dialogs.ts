import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ShellHandlers } from './handlers/dispatch';
import { listExportKinds } from './export/export-registry';
import { revealInFolder } from './main-window';

const WORKBOOK_FILTER = { name: 'ISMS workbook', extensions: ['isms'] };

/** The channels that need native UI. End-to-end tests replace these with fakes that return set paths. */
export function dialogHandlers(getWindow: () => BrowserWindow | null, lastFolder: () => string): ShellHandlers {
  const parent = () => getWindow() ?? undefined;
  return {
    'dialog:openWorkbook': async () => {
      const options = { title: 'Open workbook', defaultPath: lastFolder(), filters: [WORKBOOK_FILTER], properties: ['openFile' as const] };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    'dialog:saveWorkbook': async (input) => {
      const { suggestedName } = input as { suggestedName: string };
      const options = {
        title: 'Save workbook',
        defaultPath: path.join(lastFolder(), suggestedName.endsWith('.isms') ? suggestedName : `${suggestedName}.isms`),
        filters: [WORKBOOK_FILTER],
      };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    'dialog:exportPath': async (input) => {
      const { kind } = input as { kind: string };
      // Per-record kinds ("document:POL-001") share their base kind's format.
      const info = listExportKinds().find((k) => k.kind === kind.split(':')[0]);
      const extension = info?.format ?? 'docx';
      const fileName = kind.includes(':') ? `${kind.split(':')[1]}.${extension}` : info?.defaultFileName;
      const options = {
        title: `Export ${info?.title ?? kind}`,
        defaultPath: path.join(app.getPath('documents'), fileName ?? `${kind}.${extension}`),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    'dialog:importFile': async (input) => {
      const { title } = input as { title: string };
      const options = {
        title,
        filters: [{ name: 'Spreadsheets', extensions: ['csv', 'xlsx'] }],
        properties: ['openFile' as const],
      };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    'dialog:packageFolder': async () => {
      const options = {
        title: 'Choose a folder for the Stage 1 package',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    'shell:showItem': (input) => {
      revealInFolder((input as { path: string }).path);
      return null;
    },
  };
}
