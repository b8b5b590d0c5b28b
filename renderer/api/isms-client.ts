import type { ChannelName, InputOf, OutputOf } from '../../shared/ipc/contract';
import type { IsmsApi } from '../../shared/ipc/client-api';
import type { AppErrorShape } from '../../shared/ipc/result';

declare global {
  interface Window {
    isms: IsmsApi;
  }
}

/** A failed request, carrying the main process's code, message and details. */
export class RequestError extends Error {
  readonly code: string;
  readonly details: unknown;
  constructor(error: AppErrorShape) {
    super(error.message);
    this.name = 'RequestError';
    this.code = error.code;
    this.details = error.details;
  }
}

/** Calls the main process; resolves with the value or rejects with a RequestError. */
export async function call<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const result = await window.isms.invoke(channel, input);
  if (!result.ok) throw new RequestError(result.error);
  return result.value;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
