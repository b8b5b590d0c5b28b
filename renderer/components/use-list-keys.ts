import { useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * Arrow keys, Home and End move the selection in a list that holds the keyboard focus, Enter hands focus to
 * the detail panel; the selected row is kept in view.
 */
export function useListKeys<T>(rows: readonly T[], selectedIndex: number, onSelect: (row: T) => void, onEnter: () => void) {
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedIndex]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || rows.length === 0) return;
    const from = selectedIndex === -1 ? 0 : selectedIndex;
    const move = (delta: number) => onSelect(rows[Math.min(rows.length - 1, Math.max(0, from + delta))]!);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(selectedIndex === -1 ? 0 : 1),
      ArrowUp: () => move(-1),
      PageDown: () => move(10),
      PageUp: () => move(-10),
      Home: () => move(-rows.length),
      End: () => move(rows.length),
      Enter: onEnter,
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return { listRef, onKeyDown };
}
