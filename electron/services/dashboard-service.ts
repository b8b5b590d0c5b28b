import { certificationPlanSchema, type CertificationPlan } from '../../shared/domain/certification';
import type { RecordLink, ScreenId } from '../../shared/domain/record-link';
import { OVERDUE_KINDS, type OverdueItem, type OverdueKind, type OverdueReport } from '../../shared/ipc/contract-dashboard';
import { AppError } from '../../shared/ipc/result';
import { addMonths, daysBetween } from '../../shared/rules/certification-cycle';
import { readCertificationPlan, saveCertificationPlan } from '../repositories/certification-repo';
import { getOrganisation } from '../repositories/organisation-repo';
import { countOverdueByKind, lastManagementReview, listOverdueRows, type OverdueRow } from '../repositories/overdue-repo';
import { logChanges } from './change-log';
import { inTransaction, today, type WorkbookContext } from './workbook-context';

/** Management reviews are held at planned intervals; a year is the longest an auditor accepts without question. */
const REVIEW_INTERVAL_MONTHS = 12;
const DEFAULT_LIMIT = 100;

/** Where each kind of overdue record is opened, and how its link reads. */
const OPENS_ON: Record<OverdueKind, { screen: ScreenId; where: string }> = {
  'treatment-action': { screen: 'treatment-plan', where: 'the treatment plan' },
  nonconformity: { screen: 'nonconformities', where: 'the nonconformity register' },
  'document-review': { screen: 'documents', where: 'the document register' },
  'risk-review': { screen: 'risks', where: 'the risk register' },
  objective: { screen: 'objectives', where: 'the objectives' },
  'management-review': { screen: 'management-review', where: 'the management reviews' },
  'internal-audit': { screen: 'audit', where: 'the internal audit programme' },
};

function linkTo(kind: OverdueKind, ref: string | null): RecordLink {
  const { screen, where } = OPENS_ON[kind];
  return ref === null ? { screen, label: `Open ${where}` } : { screen, record: ref, label: `Open ${ref} in ${where}` };
}

function fromRow(row: OverdueRow): OverdueItem {
  return { kind: row.kind, ref: row.ref, title: row.title, dueOn: row.due, daysOverdue: row.days, owner: row.owner, link: linkTo(row.kind, row.ref) };
}

/** The management review as an overdue item: the last one held more than a year ago, or none ever held. */
function managementReviewItem(ctx: WorkbookContext, asOf: string): OverdueItem | null {
  const last = lastManagementReview(ctx.db);
  const owner = getOrganisation(ctx.db)?.ismsOwner ?? '';
  if (last === null) {
    return {
      kind: 'management-review',
      ref: null,
      title: 'No management review has been held yet',
      dueOn: null,
      daysOverdue: null,
      owner,
      link: linkTo('management-review', null),
    };
  }
  const dueOn = addMonths(last.heldOn, REVIEW_INTERVAL_MONTHS);
  if (dueOn >= asOf) return null;
  return {
    kind: 'management-review',
    ref: last.ref,
    title: `The last management review (${last.ref}) was held more than ${REVIEW_INTERVAL_MONTHS} months ago`,
    dueOn,
    daysOverdue: daysBetween(dueOn, asOf),
    owner,
    link: linkTo('management-review', last.ref),
  };
}

/** A review never held (no date to count from) leads; then the most days overdue; then by reference. */
function mostOverdueFirst(a: OverdueItem, b: OverdueItem): number {
  const days = (item: OverdueItem) => item.daysOverdue ?? Number.POSITIVE_INFINITY;
  return days(b) - days(a) || OVERDUE_KINDS.indexOf(a.kind) - OVERDUE_KINDS.indexOf(b.kind) || (a.ref ?? '').localeCompare(b.ref ?? '');
}

/**
 * Everything past its date with work still open: treatment actions, corrective actions, document and risk
 * reviews, objectives, the yearly management review and planned internal audits. Counted in SQL, so the
 * figures stay quick on a register of thousands of risks; only the `limit` most overdue items are returned.
 */
export function listOverdue(ctx: WorkbookContext, limit = DEFAULT_LIMIT): OverdueReport {
  const asOf = today(ctx);
  const byKind = Object.fromEntries(OVERDUE_KINDS.map((kind) => [kind, 0])) as Record<OverdueKind, number>;
  for (const { kind, count } of countOverdueByKind(ctx.db, asOf)) byKind[kind] = count;
  const items = listOverdueRows(ctx.db, asOf, limit).map(fromRow);
  const review = managementReviewItem(ctx, asOf);
  if (review) {
    byKind['management-review'] = 1;
    items.push(review);
  }
  items.sort(mostOverdueFirst);
  return { asOf, total: Object.values(byKind).reduce((sum, n) => sum + n, 0), byKind, items: items.slice(0, limit) };
}

export function readCertification(ctx: WorkbookContext): CertificationPlan {
  return readCertificationPlan(ctx.db);
}

const PLAN_FIELDS = Object.keys(certificationPlanSchema.shape) as (keyof CertificationPlan)[];

/** Replaces the certification plan as a whole, after checking the audits come in order; every changed date is logged. */
export function updateCertification(ctx: WorkbookContext, input: CertificationPlan): CertificationPlan {
  return inTransaction(ctx, () => {
    const parsed = certificationPlanSchema.safeParse(input);
    if (!parsed.success) {
      throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'The certification plan is not valid', { issues: parsed.error.issues });
    }
    const before = readCertificationPlan(ctx.db);
    saveCertificationPlan(ctx.db, parsed.data);
    const after = readCertificationPlan(ctx.db);
    logChanges(ctx, 'certification', 'plan', before, after, PLAN_FIELDS);
    return after;
  });
}
