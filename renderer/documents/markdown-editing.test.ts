import { describe, expect, it } from 'vitest';
import { diffRange, insertTable, toggleLineFormat, toggleWrap, type TextState } from './markdown-editing';

/** A state from text with the selection marked by [ and ] (or a single | for a cursor). */
function at(marked: string): TextState {
  const cursor = marked.indexOf('|');
  if (cursor !== -1) return { value: marked.replace('|', ''), start: cursor, end: cursor };
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { value: marked.replace('[', '').replace(']', ''), start, end };
}

function show(state: TextState): string {
  const { value, start, end } = state;
  return start === end ? `${value.slice(0, start)}|${value.slice(start)}` : `${value.slice(0, start)}[${value.slice(start, end)}]${value.slice(end)}`;
}

describe('toggleWrap', () => {
  it('wraps the selection and keeps it selected', () => {
    expect(show(toggleWrap(at('Staff [must] lock'), '**', 'bold text'))).toBe('Staff **[must]** lock');
    expect(show(toggleWrap(at('Staff [must] lock'), '*', 'italic text'))).toBe('Staff *[must]* lock');
  });

  it('inserts a selected placeholder at a cursor', () => {
    expect(show(toggleWrap(at('A |B'), '**', 'bold text'))).toBe('A **[bold text]**B');
  });

  it('keeps spaces around the selection outside the markers', () => {
    expect(show(toggleWrap(at('A[ word ]B'), '**', 'x'))).toBe('A **[word]** B');
  });

  it('unwraps when the markers are selected too or sit just outside', () => {
    expect(show(toggleWrap(at('A [**b**] C'), '**', 'x'))).toBe('A [b] C');
    expect(show(toggleWrap(at('A **[b]** C'), '**', 'x'))).toBe('A [b] C');
    expect(show(toggleWrap(at('A *[b]* C'), '*', 'x'))).toBe('A [b] C');
  });

  it('does not take bold markers for italic ones', () => {
    expect(show(toggleWrap(at('A **[b]** C'), '*', 'x'))).toBe('A ***[b]*** C');
  });
});

describe('toggleLineFormat', () => {
  it('makes the current line a heading, replacing another heading level or list marker', () => {
    expect(show(toggleLineFormat(at('Intro\nPur|pose\nText'), 'h2'))).toBe('Intro\n## Purpose|\nText');
    expect(show(toggleLineFormat(at('### Pur|pose'), 'h1'))).toBe('# Purpose|');
    expect(show(toggleLineFormat(at('- Pur|pose'), 'h3'))).toBe('### Purpose|');
  });

  it('removes the format when the line already has it', () => {
    expect(show(toggleLineFormat(at('## Pur|pose'), 'h2'))).toBe('Purpose|');
    expect(show(toggleLineFormat(at('# Pur|pose'), 'h2'))).toBe('## Purpose|');
  });

  it('turns selected lines into a bullet or numbered list, skipping blank lines, and back', () => {
    expect(show(toggleLineFormat(at('[one\ntwo\n\nthree]'), 'bullet'))).toBe('[- one\n- two\n\n- three]');
    expect(show(toggleLineFormat(at('[- one\n- two]'), 'number'))).toBe('[1. one\n2. two]');
    expect(show(toggleLineFormat(at('[1. one\n2. two]'), 'number'))).toBe('[one\ntwo]');
  });

  it('does not touch the line after a selection that ends at its start', () => {
    expect(show(toggleLineFormat(at('[a\n]b'), 'bullet'))).toBe('- a|\nb');
  });

  it('starts a list on an empty line', () => {
    expect(show(toggleLineFormat(at('Text\n|'), 'bullet'))).toBe('Text\n- |');
  });
});

describe('insertTable', () => {
  it('puts a table on lines of its own, separated by blank lines, with the first heading selected', () => {
    const result = insertTable(at('Intro text|\nMore'));
    expect(result.value).toBe('Intro text\n\n| Heading | Heading | Heading |\n|---|---|---|\n|  |  |  |\n|  |  |  |\n\nMore');
    expect(result.value.slice(result.start, result.end)).toBe('Heading');
  });

  it('uses an empty line where the cursor is', () => {
    expect(insertTable(at('Intro\n\n|')).value).toBe('Intro\n\n| Heading | Heading | Heading |\n|---|---|---|\n|  |  |  |\n|  |  |  |\n');
    expect(insertTable(at('|')).value.startsWith('| Heading')).toBe(true);
  });
});

describe('diffRange', () => {
  it('finds the smallest replacement', () => {
    expect(diffRange('Staff must lock', 'Staff **must** lock')).toEqual({ from: 6, to: 10, insert: '**must**' });
    expect(diffRange('a b', 'a - b')).toEqual({ from: 2, to: 2, insert: '- ' });
    expect(diffRange('abc', 'abc')).toEqual({ from: 3, to: 3, insert: '' });
    expect(diffRange('## Title', 'Title')).toEqual({ from: 0, to: 3, insert: '' });
  });
});
