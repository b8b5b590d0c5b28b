import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/isms-client';

/** What a dashboard card shows: nothing yet, the value (kept while it refreshes), or why it could not load. */
export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * Loads derived figures for a card, again whenever `signal` changes (after any write) or `retry` is called.
 * The previous value stays on screen while the next one loads, so the card does not jump; a reply that
 * arrives after a newer request was made is dropped. `load` must keep its identity between renders (a
 * module-level function), or every render would load again.
 */
export function useLoaded<T>(load: () => Promise<T>, signal: number): Loaded<T> & { retry(): void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    load().then(
      (value) => request === latest.current && setState({ status: 'ready', value }),
      (error: unknown) => request === latest.current && setState({ status: 'error', message: errorMessage(error) }),
    );
  }, [load, signal, attempt]);

  useEffect(() => () => void (latest.current = -1), []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
