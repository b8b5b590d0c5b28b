import { AppError } from '../../../shared/ipc/result';
import { getLogo } from '../../repositories/organisation-repo';
import { getReviewRowByRef, listReviewRows } from '../../repositories/review-repo';
import { readOrganisation } from '../../services/organisation-service';
import { getReview } from '../../services/review-service';
import type { WorkbookContext } from '../../services/workbook-context';
import { formatDateLong } from '../docx/dates';
import { buildManagementReviewDocx, type ReviewExportData } from '../docx/management-review-docx';
import type { ExportKind } from '../export-kind';

/** One review and what its minutes print, read in one go. */
export function readReviewExportData(ctx: WorkbookContext, ref: string): ReviewExportData {
  const stored = getReviewRowByRef(ctx.db, ref.trim().toUpperCase());
  if (!stored) {
    const known = listReviewRows(ctx.db).map((r) => r.ref);
    throw new AppError('NOT_FOUND', `There is no management review ${ref}.${known.length > 0 ? ` Reviews: ${known.join(', ')}.` : ''}`);
  }
  const { hasLogo: _hasLogo, ...organisation } = readOrganisation(ctx);
  const latest = ctx.db.prepare('SELECT max(at) AS at FROM change_log').get() as { at: string | null };
  return {
    organisation,
    logo: getLogo(ctx.db),
    review: getReview(ctx, stored.id),
    asOf: stored.heldOn ?? (latest.at ?? '1970-01-01').slice(0, 10),
  };
}

export const reviewExports: readonly ExportKind[] = [
  {
    kind: 'management-review',
    title: 'Management review minutes (Word)',
    format: 'docx',
    clause: '9.3',
    defaultFileName: 'Management Review Minutes.docx',
    parameter: {
      name: 'review reference',
      instances: (ctx) =>
        listReviewRows(ctx.db).map((r) => ({ value: r.ref, title: r.heldOn ? `Minutes of ${formatDateLong(r.heldOn)}` : 'Minutes (date not set)' })),
    },
    build: (ctx, argument) => buildManagementReviewDocx(readReviewExportData(ctx, argument ?? '')),
  },
];
