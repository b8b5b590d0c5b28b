import type { RecordImportKind } from '../../shared/domain/exports';
import { useImport } from './import-store';

export function ImportButton({ kind }: { kind: RecordImportKind }) {
  const start = useImport((s) => s.start);
  return (
    <button type="button" onClick={() => void start(kind)}>
      Import…
    </button>
  );
}
