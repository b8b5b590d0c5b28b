import type { ChannelName, InputOf, OutputOf } from './contract';
import type { Result } from './result';
import type { WorkbookArea } from '../domain/workbook';
import type { ProgressEvent } from '../domain/progress';

export type MenuCommand =
  | 'new'
  | 'new-sample'
  | 'open'
  | 'save-as'
  | 'close'
  | 'export-soa'
  | 'export-soa-xlsx'
  | 'export-json'
  | 'import-soa'
  | 'undo'
  | 'find'
  | 'dashboard'
  | 'readiness'
  | 'stage1-package'
  | { openRecent: string };

/** The one API the preload puts on `window.isms`; the renderer reaches the main process only through it. */
export interface IsmsApi {
  invoke<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<Result<OutputOf<K>>>;
  /** Subscribes to "these areas changed"; returns the unsubscribe function. */
  onChanged(listener: (areas: WorkbookArea[]) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to progress of long tasks (the Stage 1 package); returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}
