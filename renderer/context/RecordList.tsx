import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** Height of the sticky group heading, kept clear when scrolling a row into view. */
const GROUP_ROW = 32;

export interface ListRow {
  id: number;
  /** A group heading shown before this row (e.g. "Internal issues"). */
  group?: string;
  content: ReactNode;
  className?: string;
  /** data-testid-like hook for tests and for styling, e.g. the record's ref. */
  dataRef: string;
}

interface Props {
  label: string;
  rows: ListRow[];
  focusedId: number | null;
  onFocus(id: number): void;
  onOpenEditor(): void;
  empty: ReactNode;
}

/**
 * A keyboard-friendly list of records for the split view: arrows, Home and End move the selection, Enter moves
 * into the editor. Lists here hold tens of records, so every row is rendered.
 */
export function RecordList({ label, rows, focusedId, onFocus, onOpenEditor, empty }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const index = rows.findIndex((row) => row.id === focusedId);

  useEffect(() => {
    const list = listRef.current;
    const row = focusedId === null ? null : list?.querySelector(`[data-row-id="${focusedId}"]`);
    if (!list || !row) return;
    // Scrolls the list only (scrollIntoView would also move the window's layout); leaves room for a sticky group row.
    const rowBox = row.getBoundingClientRect();
    const listBox = list.getBoundingClientRect();
    if (rowBox.top < listBox.top + GROUP_ROW) list.scrollTop -= listBox.top + GROUP_ROW - rowBox.top;
    else if (rowBox.bottom > listBox.bottom) list.scrollTop += rowBox.bottom - listBox.bottom;
  }, [focusedId]);

  const move = (delta: number) => {
    if (rows.length === 0) return;
    const next = index === -1 ? 0 : Math.min(rows.length - 1, Math.max(0, index + delta));
    onFocus(rows[next]!.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      PageDown: () => move(10),
      PageUp: () => move(-10),
      Home: () => move(-rows.length),
      End: () => move(rows.length),
      Enter: onOpenEditor,
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  if (rows.length === 0) return <div className="ctx-list ctx-list-empty">{empty}</div>;

  return (
    <div ref={listRef} className="ctx-list" role="listbox" aria-label={label} tabIndex={0} onKeyDown={onKeyDown}>
      {rows.map((row) => [
        row.group && (
          <div key={`group-${row.group}`} className="ctx-list-group" role="presentation">
            {row.group}
          </div>
        ),
        <div
          key={row.id}
          role="option"
          aria-selected={row.id === focusedId}
          data-row-id={row.id}
          data-ref={row.dataRef}
          className={`ctx-list-row${row.id === focusedId ? ' focused' : ''}${row.className ? ` ${row.className}` : ''}`}
          onClick={() => onFocus(row.id)}
          onDoubleClick={onOpenEditor}
        >
          {row.content}
        </div>,
      ])}
    </div>
  );
}
