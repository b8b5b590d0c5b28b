import { useEffect, useEffectEvent, useRef } from 'react';
import type { ScreenId } from '../../shared/domain/record-link';
import { useFocusRequest, useNavigation } from './navigation-store';
import { notify } from './notice-store';
import './focus-record.css';

/** Where a screen shows the record a link asked for, once it has selected it. */
export interface FocusTarget {
  /** CSS selector of the element that shows the record (its row): scrolled into view and briefly highlighted. */
  selector: string;
  /** Runs once that element is on screen, e.g. to put the cursor in the record's editor. */
  then?(): void;
}

/** How long the screen may take to render the record (a virtualised table scrolls to it first). */
const REVEAL_TIMEOUT_MS = 2000;
const FLASH_MS = 1600;

/**
 * Opens the record a link (from the readiness checklist, the dashboard…) asked this screen for. Once the
 * screen's records are `ready`, `open(record)` selects the record, clearing any filter that would hide it, and
 * answers where it shows, or null when the workbook has no such record. The request is then cleared, so coming
 * back to the screen later does not open the record again.
 */
export function useFocusRecord(screen: ScreenId, ready: boolean, open: (record: string) => FocusTarget | string | null): void {
  const request = useFocusRequest(screen);
  const cancelReveal = useRef<(() => void) | null>(null);
  const openRecord = useEffectEvent(open);

  useEffect(() => {
    if (!request || !ready) return;
    const target = openRecord(request.record);
    useNavigation.getState().clearFocus(request.nonce);
    cancelReveal.current?.();
    cancelReveal.current = null;
    if (target === null) {
      notify({ tone: 'info', text: `${request.record} is not in this workbook any more.` });
      return;
    }
    cancelReveal.current = revealWhenShown(typeof target === 'string' ? { selector: target } : target);
  }, [request, ready]);

  // Clearing the request re-runs the effect above, so the reveal is only cancelled when the screen goes.
  useEffect(() => () => cancelReveal.current?.(), []);
}

/** Waits for the record's element to render, then brings it into view and highlights it. Returns a cancel function. */
export function revealWhenShown(target: FocusTarget): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const started = Date.now();
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(target.selector);
    if (element) {
      scrollIntoItsContainer(element);
      flash(element);
      target.then?.();
      timer = undefined;
      return;
    }
    timer = Date.now() - started < REVEAL_TIMEOUT_MS ? setTimeout(attempt, 30) : undefined;
  };
  timer = setTimeout(attempt, 0);
  return () => clearTimeout(timer);
}

/**
 * Scrolls the nearest scrolling ancestor so the element sits in view, near the top third. Unlike scrollIntoView
 * it leaves the window's own layout (which does not scroll) alone.
 */
function scrollIntoItsContainer(element: HTMLElement): void {
  let container = element.parentElement;
  while (container && !(container.scrollHeight > container.clientHeight && /auto|scroll/.test(getComputedStyle(container).overflowY))) {
    container = container.parentElement;
  }
  if (!container) return;
  const box = element.getBoundingClientRect();
  const view = container.getBoundingClientRect();
  if (box.top >= view.top && box.bottom <= view.bottom) return;
  container.scrollTop += box.top - view.top - Math.max(0, (view.height - box.height) / 3);
}

function flash(element: HTMLElement): void {
  element.classList.remove('record-flash');
  // Reading the layout restarts the animation when the same record is opened twice in a row.
  void element.offsetWidth;
  element.classList.add('record-flash');
  setTimeout(() => element.classList.remove('record-flash'), FLASH_MS);
}
