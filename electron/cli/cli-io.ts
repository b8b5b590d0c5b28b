import os from 'node:os';
import { dispatch } from '../handlers/dispatch';
import type { ChannelName, InputOf, OutputOf } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { WorkbookSession } from '../workbook-session';
import type { ProgressEvent } from '../../shared/domain/progress';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

function actorName(): string {
  try {
    return `${os.userInfo().username} (cli)`;
  } catch {
    return 'cli';
  }
}

/** A CLI run talks to the same handler table as the app, through the same validation. */
export class CliSession {
  readonly session = new WorkbookSession({ actor: actorName() });

  async call<K extends ChannelName>(
    channel: K,
    input: InputOf<K>,
    options: { onProgress?: (event: ProgressEvent) => void } = {},
  ): Promise<OutputOf<K>> {
    const result = await dispatch({ session: this.session }, channel, input, options);
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
    return result.value as OutputOf<K>;
  }

  async open(file: string): Promise<void> {
    await this.call('workbook:open', { path: file });
  }

  close(): void {
    this.session.close();
  }
}
