/** Plain text columns for terminal output; the last column is left to wrap naturally. */
export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) =>
    i === headers.length - 1 ? 0 : Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w, i) => '-'.repeat(w || (headers[i] ?? '').length))), ...rows.map(line)].join(
    '\n',
  );
}
