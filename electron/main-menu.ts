import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT } from '../shared/ipc/channels';
import type { MenuCommand } from '../shared/ipc/client-api';
import type { RecentWorkbook } from '../shared/domain/workbook';

/** Menu items only send commands; the window carries them out through the same code as its buttons. */
export function buildAppMenu(getWindow: () => BrowserWindow | null, recent: RecentWorkbook[]): void {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send(MENU_EVENT, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Workbook…', accelerator: 'CmdOrCtrl+N', click: send('new') },
        { label: 'New from Sample…', click: send('new-sample') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send('open') },
        {
          label: 'Open Recent',
          submenu:
            recent.length > 0
              ? recent.map((r) => ({ label: `${r.organisationName} — ${r.path}`, click: send({ openRecent: r.path }) }))
              : [{ label: 'No recent workbooks', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
        { type: 'separator' },
        { label: 'Import Statement of Applicability…', click: send('import-soa') },
        {
          label: 'Export',
          submenu: [
            { label: 'Statement of Applicability (Word)…', accelerator: 'CmdOrCtrl+E', click: send('export-soa') },
            { label: 'Statement of Applicability (Excel)…', click: send('export-soa-xlsx') },
            { label: 'Whole Workbook (JSON)…', click: send('export-json') },
            { type: 'separator' },
            { label: 'Stage 1 Package…', accelerator: 'CmdOrCtrl+Shift+E', click: send('stage1-package') },
          ],
        },
        { type: 'separator' },
        { label: 'Close Workbook', accelerator: 'CmdOrCtrl+W', click: send('close') },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find', accelerator: 'CmdOrCtrl+F', click: send('find') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Dashboard', accelerator: 'Alt+0', click: send('dashboard') },
        { label: 'Stage 1 Readiness', accelerator: 'Alt+9', click: send('readiness') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
