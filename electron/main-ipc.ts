import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANGED_EVENT, CHANNEL_NAMES, PROGRESS_EVENT } from '../shared/ipc/channels';
import { dispatch, type ShellHandlers } from './handlers/dispatch';
import type { HandlerContext } from './handlers/handler-table';
import { isTrustedAppUrl } from './trusted-url';

export interface IpcOptions {
  context: HandlerContext;
  shell: ShellHandlers;
  rendererRoot: string;
  isOurWindow: (event: IpcMainInvokeEvent) => boolean;
  afterWrite: () => void;
}

/** One handle() for every channel: reject strangers, validate, run, answer with a Result. */
export function registerIpc(options: IpcOptions): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!options.isOurWindow(event) || !isTrustedAppUrl(frameUrl, options.rendererRoot)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Request refused: it did not come from the app window.' } };
      }
      return dispatch(options.context, channel, input, {
        shell: options.shell,
        onChanged: (areas) => {
          if (!event.sender.isDestroyed()) event.sender.send(CHANGED_EVENT, areas);
          options.afterWrite();
        },
        onProgress: (progress) => {
          if (!event.sender.isDestroyed()) event.sender.send(PROGRESS_EVENT, progress);
        },
        onUnexpectedError: (name, error) => console.error(`[ipc] ${name} failed`, error),
      });
    });
  }
}
