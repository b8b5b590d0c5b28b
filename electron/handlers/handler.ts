import type { CoreChannel, OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import type { WorkbookArea } from '../../shared/domain/workbook';
import type { WorkbookSession } from '../workbook-session';
import type { ProgressEvent } from '../../shared/domain/progress';

export interface HandlerContext {
  session: WorkbookSession;
  /** Reports progress of a long task to whoever asked (the window's progress bar, the CLI's). */
  progress?: (event: ProgressEvent) => void;
}

export interface Handler<K extends CoreChannel> {
  run(ctx: HandlerContext, input: ParsedInputOf<K>): OutputOf<K> | Promise<OutputOf<K>>;
  /** Areas a successful call changes; the caller announces them so each store refetches only its own. */
  changes?: readonly WorkbookArea[];
}

export type HandlerTable = { [K in CoreChannel]: Handler<K> };

/** The handlers of one area's contract fragment (shared/ipc/contract-<area>.ts). */
export type HandlersFor<C> = { [K in keyof C & CoreChannel]: Handler<K> };
