import { errorMessage } from '../api/isms-client';
import { notify } from './notice-store';

/** Runs a request for a store: its value, or null after telling the user what went wrong. */
export async function attempt<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    notify({ tone: 'error', text: errorMessage(error) });
    return null;
  }
}
