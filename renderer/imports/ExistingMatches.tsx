import type { ImportMatch, RecordImportKind } from '../../shared/domain/exports';

interface Props {
  kind: RecordImportKind;
  matches: readonly ImportMatch[];
  skipExisting: boolean;
  busy: boolean;
  onSkipExisting(skip: boolean): void;
}

const SHOWN = 8;

/** Rows that name a record the workbook already holds, and the choice to leave them out. */
export function ExistingMatches({ kind, matches, skipExisting, busy, onSkipExisting }: Props) {
  const n = matches.length;
  const what =
    kind === 'assets'
      ? `${n === 1 ? 'row names an asset' : 'rows name assets'} already in the inventory`
      : `${n === 1 ? 'row has the title of a risk' : 'rows have the titles of risks'} already in the register`;
  return (
    <section aria-label="Already in the workbook" className="existing-matches">
      <h3>
        {n.toLocaleString()} {what}
      </h3>
      <ul>
        {matches.slice(0, SHOWN).map((m) => (
          <li key={m.row}>
            Row {m.row}: “{m.text}” is {m.ref}
          </li>
        ))}
        {n > SHOWN && <li className="muted">…and {(n - SHOWN).toLocaleString()} more</li>}
      </ul>
      <label className="inline">
        <input type="checkbox" checked={skipExisting} disabled={busy} onChange={(e) => onSkipExisting(e.target.checked)} />
        Leave these rows out
      </label>
      {!skipExisting && (
        <p className="muted">
          {kind === 'assets'
            ? 'Asset names are unique: rename these rows in the file, or leave them out.'
            : 'They will be added as new risks beside the ones already in the register.'}
        </p>
      )}
    </section>
  );
}
