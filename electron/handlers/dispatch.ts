import { contract, type ChannelName, type OutputOf } from '../../shared/ipc/contract';
import { AppError, type Result } from '../../shared/ipc/result';
import type { WorkbookArea } from '../../shared/domain/workbook';
import type { ProgressEvent } from '../../shared/domain/progress';
import { handlers, type HandlerContext } from './handler-table';

export type ShellHandlers = Partial<{
  [K in ChannelName]: (input: unknown) => Promise<OutputOf<K>> | OutputOf<K>;
}>;

export interface DispatchOptions {
  /** Native dialogs and the like, which only the app shell (or a test fake) can provide. */
  shell?: ShellHandlers;
  onChanged?: (areas: readonly WorkbookArea[]) => void;
  /** Progress of long tasks while the call runs. */
  onProgress?: (event: ProgressEvent) => void;
  onUnexpectedError?: (channel: string, error: unknown) => void;
}

function isChannel(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

/**
 * Validates the input against the contract, runs the handler, and turns every outcome into a Result.
 * The Electron IPC wrapper, the CLI and the end-to-end bridge all come through here.
 */
export async function dispatch(
  ctx: HandlerContext,
  channel: string,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  try {
    if (!isChannel(channel)) throw new AppError('UNKNOWN_CHANNEL', `Unknown request "${channel}".`);
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      throw new AppError('INVALID_INPUT', `${issue?.message ?? 'Invalid input'}${where}`, {
        issues: parsed.error.issues,
      });
    }
    const shellHandler = options.shell?.[channel];
    if (shellHandler) return { ok: true, value: await shellHandler(parsed.data) };
    if (!Object.hasOwn(handlers, channel)) {
      throw new AppError('UNKNOWN_CHANNEL', `"${channel}" is not available here.`);
    }
    const handler = handlers[channel as keyof typeof handlers] as {
      run: (c: HandlerContext, i: unknown) => unknown;
      changes?: readonly WorkbookArea[];
    };
    const value = await handler.run(options.onProgress ? { ...ctx, progress: options.onProgress } : ctx, parsed.data);
    if (handler.changes && options.onChanged) options.onChanged(handler.changes);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    options.onUnexpectedError?.(channel, error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `Something went wrong: ${(error as Error).message ?? String(error)}` },
    };
  }
}
