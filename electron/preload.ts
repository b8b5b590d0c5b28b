import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANGED_EVENT, CHANNEL_NAMES, MENU_EVENT, PROGRESS_EVENT } from '../shared/ipc/channels';
import type { ProgressEvent } from '../shared/domain/progress';
import type { IsmsApi, MenuCommand } from '../shared/ipc/client-api';
import type { WorkbookArea } from '../shared/domain/workbook';

const allowed = new Set<string>(CHANNEL_NAMES);

const api = {
  invoke: (channel, input) => {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown request "${channel}".` } });
    }
    return ipcRenderer.invoke(channel, input);
  },
  onChanged: (listener) => {
    const wrapped = (_event: IpcRendererEvent, areas: WorkbookArea[]) => listener(areas);
    ipcRenderer.on(CHANGED_EVENT, wrapped);
    return () => ipcRenderer.removeListener(CHANGED_EVENT, wrapped);
  },
  onMenuCommand: (listener) => {
    const wrapped = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_EVENT, wrapped);
    return () => ipcRenderer.removeListener(MENU_EVENT, wrapped);
  },
  onProgress: (listener) => {
    const wrapped = (_event: IpcRendererEvent, progress: ProgressEvent) => listener(progress);
    ipcRenderer.on(PROGRESS_EVENT, wrapped);
    return () => ipcRenderer.removeListener(PROGRESS_EVENT, wrapped);
  },
} satisfies IsmsApi;

contextBridge.exposeInMainWorld('isms', api);
