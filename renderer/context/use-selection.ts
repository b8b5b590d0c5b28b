import { useEffect, useState } from 'react';

/**
 * The record selected in a filtered list. The record being edited stays listed even when an edit takes it out of
 * the filter (fixing the last unaddressed requirement must not snatch the editor away); `refilter` moves the
 * selection on when the user changes the filter itself.
 */
export function useSelection<T extends { id: number }>(records: readonly T[], matches: (record: T) => boolean) {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = records.find((r) => r.id === selectedId) ?? records.find(matches);
  const shown = records.filter((r) => r.id === selected?.id || matches(r));

  useEffect(() => {
    if (selected && selected.id !== selectedId) setSelectedId(selected.id);
  }, [selected, selectedId]);

  const refilter = (next: (record: T) => boolean) => {
    if (selected && !next(selected)) setSelectedId(records.find(next)?.id ?? null);
  };
  return { shown, selected, select: setSelectedId, refilter };
}
