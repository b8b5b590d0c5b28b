/**
 * The toolbar's edits to a Markdown body, as pure functions of the text and the selection: bold and italic wrap
 * (or unwrap) the selection, headings and lists change the prefix of every selected line (or remove it when all
 * lines already have it), and a table is inserted on lines of its own.
 */

export interface TextState {
  value: string;
  start: number;
  end: number;
}

export type LineFormat = 'h1' | 'h2' | 'h3' | 'bullet' | 'number';

const PREFIX = /^(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/;
const FORMAT_PREFIX: Record<LineFormat, (index: number) => string> = {
  h1: () => '# ',
  h2: () => '## ',
  h3: () => '### ',
  bullet: () => '- ',
  number: (index) => `${index + 1}. `,
};
const FORMAT_TEST: Record<LineFormat, RegExp> = {
  h1: /^#[ \t]+/,
  h2: /^##[ \t]+/,
  h3: /^###[ \t]+/,
  bullet: /^[-*+][ \t]+/,
  number: /^\d{1,9}[.)][ \t]+/,
};

/** Wraps the selection in a marker (** or *), or removes the marker when the selection already has it. */
export function toggleWrap(state: TextState, marker: '**' | '*', placeholder: string): TextState {
  const { value, start, end } = state;
  const before = value.slice(0, start);
  const selected = value.slice(start, end);
  const after = value.slice(end);
  const isWrapped = (text: string) => text.startsWith(marker) && text.endsWith(marker) && text.length >= marker.length * 2;
  // The selection includes the markers: take them off.
  if (isWrapped(selected) && !(marker === '*' && selected.startsWith('**') && !selected.startsWith('***'))) {
    const inner = selected.slice(marker.length, selected.length - marker.length);
    return { value: before + inner + after, start, end: start + inner.length };
  }
  // The markers sit just outside the selection: take them off.
  const outside = before.endsWith(marker) && after.startsWith(marker) && !(marker === '*' && before.endsWith('**') && !before.endsWith('***'));
  if (outside && selected !== '') {
    return {
      value: before.slice(0, -marker.length) + selected + after.slice(marker.length),
      start: start - marker.length,
      end: end - marker.length,
    };
  }
  // Markdown emphasis cannot start or end with a space: keep surrounding spaces outside the markers.
  const lead = /^\s*/.exec(selected)![0];
  const trail = selected.trimStart() === '' ? '' : /\s*$/.exec(selected)![0];
  const core = selected.slice(lead.length, selected.length - trail.length) || placeholder;
  const inserted = `${lead}${marker}${core}${marker}${trail}`;
  const coreStart = start + lead.length + marker.length;
  return { value: before + inserted + after, start: coreStart, end: coreStart + core.length };
}

function lineBounds(value: string, start: number, end: number): { from: number; to: number } {
  const from = value.lastIndexOf('\n', start - 1) + 1;
  // A selection ending at the very start of a line does not include that line.
  const last = end > start && value[end - 1] === '\n' ? end - 1 : end;
  const newline = value.indexOf('\n', last);
  return { from, to: newline === -1 ? value.length : newline };
}

/** Gives every selected line a heading or list prefix, replacing any it had; removes it if all lines have it already. */
export function toggleLineFormat(state: TextState, format: LineFormat): TextState {
  const { value } = state;
  const { from, to } = lineBounds(value, state.start, state.end);
  const lines = value.slice(from, to).split('\n');
  const content = lines.filter((line) => line.trim() !== '');
  const allHaveIt = content.length > 0 && content.every((line) => FORMAT_TEST[format].test(line));
  let index = 0;
  const replaced = lines.map((line) => {
    if (line.trim() === '' && lines.length > 1) return line;
    const bare = line.replace(PREFIX, '');
    if (allHaveIt) return bare;
    const prefix = FORMAT_PREFIX[format](index);
    index += 1;
    return prefix + bare;
  });
  const text = replaced.join('\n');
  const single = lines.length === 1;
  return {
    value: value.slice(0, from) + text + value.slice(to),
    // One line: keep the cursor at the end of the line, ready to type; several: keep them selected.
    start: single ? from + text.length : from,
    end: from + text.length,
  };
}

export const TABLE_TEMPLATE = ['| Heading | Heading | Heading |', '|---|---|---|', '|  |  |  |', '|  |  |  |'].join('\n');

/** Inserts a three-column table on lines of its own at the cursor, with its first heading selected. */
export function insertTable(state: TextState): TextState {
  const { value } = state;
  const { from, to } = lineBounds(value, state.end, state.end);
  const lineIsEmpty = value.slice(from, to).trim() === '';
  const at = lineIsEmpty ? from : to;
  const before = value.slice(0, at);
  const after = value.slice(lineIsEmpty ? to : at);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const start = before.length + lead.length + 2;
  return { value: before + lead + TABLE_TEMPLATE + trail + after, start, end: start + 'Heading'.length };
}

/** The smallest replacement that turns one text into another, so the browser's undo sees a single edit. */
export function diffRange(before: string, after: string): { from: number; to: number; insert: string } {
  let from = 0;
  while (from < before.length && from < after.length && before[from] === after[from]) from += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > from && endAfter > from && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  return { from, to: endBefore, insert: after.slice(from, endAfter) };
}
