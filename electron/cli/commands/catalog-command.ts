import { ANNEX_A, CONTROL_THEMES } from '../../../shared/catalog/annex-a';
import { CLAUSES } from '../../../shared/catalog/clauses';
import { SOC2_CRITERIA, TSC_CATEGORY_LABELS } from '../../../shared/catalog/soc2';
import { CROSSWALK } from '../../../shared/catalog/crosswalk';
import { AppError } from '../../../shared/ipc/result';
import type { CliIo } from '../cli-io';
import { formatTable } from '../format-table';

export const CATALOGS = ['annex-a', 'clauses', 'soc2', 'crosswalk'] as const;

export function catalogCommand(io: CliIo, name: string, options: { json?: boolean }): void {
  switch (name) {
    case 'annex-a': {
      if (options.json) return io.out(JSON.stringify(ANNEX_A, null, 2));
      const theme = new Map(CONTROL_THEMES.map((t) => [t.id, t.title]));
      io.out(formatTable(['Control', 'Theme', 'Title'], ANNEX_A.map((c) => [`A.${c.id}`, theme.get(c.theme) ?? c.theme, c.title])));
      return io.out(`\n${ANNEX_A.length} controls`);
    }
    case 'clauses': {
      if (options.json) return io.out(JSON.stringify(CLAUSES, null, 2));
      io.out(
        formatTable(
          ['Clause', 'Title', 'Documented information'],
          CLAUSES.map((c) => [`${c.parent ? '  ' : ''}${c.id}`, c.title, c.requiredDocuments.join('; ')]),
        ),
      );
      return io.out(`\n${CLAUSES.length} clauses and sub-clauses`);
    }
    case 'soc2': {
      if (options.json) return io.out(JSON.stringify(SOC2_CRITERIA, null, 2));
      io.out(
        formatTable(
          ['Criterion', 'Category', 'Title'],
          SOC2_CRITERIA.map((c) => [c.id, TSC_CATEGORY_LABELS[c.category], c.title]),
        ),
      );
      return io.out(`\n${SOC2_CRITERIA.length} criteria`);
    }
    case 'crosswalk': {
      if (options.json) return io.out(JSON.stringify(CROSSWALK, null, 2));
      io.out(
        formatTable(
          ['Criterion', 'Control', 'Rationale'],
          CROSSWALK.map((l) => [l.criterionId, `A.${l.controlId}`, l.rationale]),
        ),
      );
      return io.out(`\n${CROSSWALK.length} links`);
    }
    default:
      throw new AppError('INVALID_INPUT', `Unknown catalogue "${name}". Choose one of: ${CATALOGS.join(', ')}.`);
  }
}
