import path from 'node:path';
import { BrowserWindow, session, shell, type WebContents } from 'electron';
import { isTrustedAppUrl } from './trusted-url';

/** Applied to every window: no navigation, no pop-ups, no permissions, no network. */
export function hardenContents(contents: WebContents, rendererRoot: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedAppUrl(url, rendererRoot)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedAppUrl(url, rendererRoot)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(rendererRoot: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isTrustedAppUrl(details.url, rendererRoot) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}

export function createMainWindow(options: { rendererRoot: string; preload: string; dev: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'ISMS Workbook',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      devTools: options.dev,
    },
  });
  hardenContents(window.webContents, options.rendererRoot);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(path.join(options.rendererRoot, 'index.html'));
  return window;
}

export function revealInFolder(filePath: string): void {
  shell.showItemInFolder(filePath);
}
