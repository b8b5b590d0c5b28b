import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { isReviewOverdue } from '../../shared/domain/documents';
import { NC_STATUSES, isNonconformityOverdue } from '../../shared/domain/nonconformity';
import { OBJECTIVE_STATUSES } from '../../shared/domain/objectives';
import { ACTION_STATUSES } from '../../shared/domain/risk';
import { DOCUMENT_STATUSES } from '../../shared/domain/workbook';
import { isPastDue } from '../../shared/rules/objective-status';
import { isOverdue } from '../../shared/rules/treatment-plan';
import { countOverdueByKind, type OverdueRow } from './overdue-repo';

const tempDir = useTempDir();
const TODAY = '2026-11-23';

/**
 * For each register the screens and the readiness check judge with a shared predicate, every status is
 * tried with a date before today, on today and after it: the dashboard's SQL must count the records the
 * predicate calls overdue, and no others.
 */
const REGISTERS: {
  kind: OverdueRow['kind'];
  table: string;
  date: string;
  statuses: readonly string[];
  predicate: (status: string, date: string) => boolean;
}[] = [
  { kind: 'treatment-action', table: 'treatment_action', date: 'due_date', statuses: ACTION_STATUSES, predicate: (status, dueDate) => isOverdue({ status, dueDate } as never, TODAY) },
  { kind: 'nonconformity', table: 'nonconformity', date: 'due_date', statuses: NC_STATUSES, predicate: (status, dueDate) => isNonconformityOverdue({ status, dueDate } as never, TODAY) },
  { kind: 'document-review', table: 'isms_document', date: 'next_review', statuses: DOCUMENT_STATUSES, predicate: (status, nextReview) => isReviewOverdue({ status, nextReview } as never, TODAY) },
  { kind: 'objective', table: 'objective', date: 'due_date', statuses: OBJECTIVE_STATUSES, predicate: (status, dueDate) => isPastDue({ status, dueDate } as never, TODAY) },
];

describe('overdue query', () => {
  it.each(REGISTERS)('counts $kind exactly as the shared predicate judges it, for every status and date', ({ kind, table, date, statuses, predicate }) => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const rows = (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(rows).toBeGreaterThan(0);
    const counted = () => countOverdueByKind(ctx.db, TODAY).find((c) => c.kind === kind)?.count ?? 0;

    const seen: string[] = [];
    for (const status of statuses) {
      for (const day of ['2026-11-22', TODAY, '2026-11-24']) {
        ctx.db.prepare(`UPDATE ${table} SET status = ?, ${date} = ?`).run(status, day);
        expect(counted(), `${kind} ${status} dated ${day}`).toBe(predicate(status, day) ? rows : 0);
        if (predicate(status, day)) seen.push(status);
      }
    }
    // The test means something only if some statuses count and some do not.
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen).size).toBeLessThan(statuses.length);
    session.close();
  });
});
