import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { WorkbookSession } from './workbook-session';
import { fileRecentList } from './recent-file-list';
import { createMainWindow, hardenContents, hardenSession } from './main-window';
import { registerIpc } from './main-ipc';
import { dialogHandlers } from './main-dialogs';
import { buildAppMenu } from './main-menu';
import { openInitialWorkbook } from './startup';

const rendererRoot = path.join(__dirname, '..', 'renderer');
const preload = path.join(__dirname, 'preload.cjs');
const dev = !app.isPackaged;

let mainWindow: BrowserWindow | null = null;

function actorName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'user';
  }
}

function workbookFromArgs(argv: string[]): string | null {
  const candidate = argv.slice(app.isPackaged ? 1 : 2).find((a) => a.toLowerCase().endsWith('.isms'));
  return candidate ? path.resolve(candidate) : null;
}

app.enableSandbox();
// The app needs no network; make sure Chromium does not reach for one either.
app.commandLine.appendSwitch('disable-background-networking');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const session = new WorkbookSession({
    actor: actorName(),
    recent: fileRecentList(path.join(app.getPath('userData'), 'recent-workbooks.json')),
  });
  const refreshMenu = () => buildAppMenu(() => mainWindow, session.recent.list());
  const lastFolder = () => (session.path ? path.dirname(session.path) : app.getPath('documents'));

  app.on('second-instance', (_event, argv) => {
    const requested = workbookFromArgs(argv);
    if (requested && mainWindow) mainWindow.webContents.send('menu:command', { openRecent: requested });
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (mainWindow) mainWindow.webContents.send('menu:command', { openRecent: filePath });
  });

  app.on('web-contents-created', (_event, contents) => hardenContents(contents, rendererRoot));

  app.on('window-all-closed', () => {
    session.close();
    app.quit();
  });

  app.on('before-quit', () => session.close());

  void app.whenReady().then(async () => {
    hardenSession(rendererRoot);
    const startup = await openInitialWorkbook(session, {
      requested: workbookFromArgs(process.argv),
      defaultPath: path.join(app.getPath('userData'), 'My ISMS.isms'),
      defaultOrganisation: 'My organisation',
    });
    if (startup.requestedError) dialog.showErrorBox('Could not open the workbook', startup.requestedError);
    if (startup.defaultError) console.error('[startup] default workbook unavailable:', startup.defaultError);
    registerIpc({
      context: { session },
      shell: dialogHandlers(() => mainWindow, lastFolder),
      rendererRoot,
      isOurWindow: (event) => mainWindow !== null && event.sender.id === mainWindow.webContents.id,
      afterWrite: refreshMenu,
    });
    refreshMenu();
    mainWindow = createMainWindow({ rendererRoot, preload, dev });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
