/**
 * The summaries a management review starts from: for each input of clause 9.3.2, a short factual paragraph
 * with the numbers the workbook's registers hold, which the user then edits into the minutes.
 *
 * Each summary reads the other areas' tables with its own small queries (not through their services), so it
 * tolerates empty tables and never changes anything. Figures are as of a given day (`asOf`); "the period" is
 * the twelve months up to it.
 */
import type { Database } from 'better-sqlite3';
import { REVIEW_INPUT_KEYS, type ReviewInputKey, type ReviewInputs } from '../../shared/domain/management-review';
import { bandRank, isAboveAcceptance, acceptanceProblems } from '../../shared/rules/risk-scoring';
import { defaultRiskMethod } from '../../shared/rules/default-risk-method';
import { isOverdue } from '../../shared/rules/treatment-plan';
import { isOutputOverdue } from '../../shared/rules/management-review';
import { meetsTarget as valueMeetsTarget } from '../../shared/rules/objective-status';
import { getStoredRiskMethod } from '../repositories/risk-method-repo';
import { listRisks } from '../repositories/risk-repo';
import { listTreatmentActions } from '../repositories/treatment-action-repo';
import { summariseAudits, summariseImprovement } from './review-prefill-audit';
import { count, dayLong, dayShort, excerpt, listRefs, sentence, type Period } from './review-prefill-text';

export interface PrefillOptions {
  /** The day the figures speak for (YYYY-MM-DD). */
  asOf: string;
  /** The review being prepared: it is left out of "earlier reviews", and only reviews before its date count. */
  review: { id: number; heldOn: string | null } | null;
}

const all = <T>(db: Database, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];

/** The twelve months up to asOf. */
export function periodEndingOn(asOf: string): Period {
  const year = Number(asOf.slice(0, 4));
  return { from: `${year - 1}${asOf.slice(4)}`, to: asOf };
}

// ---------------------------------------------------------------------------------------------------------------
// 9.3.2 a) Actions from earlier reviews

function previousActions(db: Database, options: PrefillOptions, period: Period): string {
  const before = options.review?.heldOn ?? null;
  const reviews = all<{ id: number; ref: string; held_on: string }>(
    db,
    `SELECT id, ref, held_on FROM management_review WHERE status = 'held' AND held_on IS NOT NULL AND id != ? AND (? IS NULL OR held_on < ?)
     ORDER BY held_on, ref`,
    options.review?.id ?? 0,
    before,
    before,
  );
  if (reviews.length === 0) return 'This is the first management review recorded in the workbook, so there are no earlier actions to follow up.';
  const last = reviews.at(-1)!;
  const actions = all<{ ref: string; description: string; owner: string; due_date: string | null; status: 'open' | 'done' }>(
    db,
    `SELECT r.ref, o.description, o.owner, o.due_date, o.status FROM review_output o JOIN management_review r ON r.id = o.review_id
     WHERE o.kind = 'action' AND r.id IN (${reviews.map(() => '?').join(', ')}) ORDER BY r.held_on, o.id`,
    ...reviews.map((r) => r.id),
  );
  const source =
    reviews.length === 1
      ? `The previous review (${last.ref}, ${dayLong(last.held_on)})`
      : `The ${reviews.length} previous reviews (the latest ${last.ref}, ${dayLong(last.held_on)})`;
  if (actions.length === 0) return `${source} agreed no actions.`;
  const open = actions.filter((a) => a.status === 'open');
  const overdue = open.filter((a) => isOutputOverdue({ kind: 'action', status: a.status, dueDate: a.due_date }, period.to));
  const parts = [
    `${source} agreed ${count(actions.length, 'action')}: ${actions.length - open.length} done and ${open.length} open` +
      (overdue.length > 0 ? `, of which ${overdue.length} ${overdue.length === 1 ? 'is' : 'are'} overdue.` : '.'),
  ];
  if (open.length > 0) {
    const described = open.slice(0, 6).map((a) => {
      const who = [a.owner.trim(), a.due_date ? `due ${dayShort(a.due_date)}` : 'no due date'].filter(Boolean).join(', ');
      return `${excerpt(a.description, 90)} (${who}${overdue.includes(a) ? ', overdue' : ''})`;
    });
    parts.push(`Still open: ${described.join('; ')}${open.length > 6 ? `; and ${open.length - 6} more` : ''}.`);
  }
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// 9.3.2 b) and c) Context and interested parties

function issueChanges(db: Database): string {
  const issues = all<{ ref: string; kind: string; category: string; risks: number }>(
    db,
    `SELECT i.ref, i.kind, i.category, (SELECT count(*) FROM context_issue_risk l WHERE l.issue_id = i.id) AS risks
     FROM context_issue i ORDER BY i.ref`,
  );
  if (issues.length === 0) return 'No internal or external issues are recorded in the workbook yet.';
  const internal = issues.filter((i) => i.kind === 'internal').length;
  const categories = new Map<string, number>();
  for (const issue of issues) {
    const category = issue.category.trim().toLocaleLowerCase('en-GB') || 'uncategorised';
    categories.set(category, (categories.get(category) ?? 0) + 1);
  }
  const byCategory = [...categories].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c, n]) => `${c} ${n}`);
  const unlinked = issues.filter((i) => i.risks === 0).map((i) => i.ref);
  return sentence([
    `The register holds ${count(issues.length, 'issue')} (${internal} internal, ${issues.length - internal} external)` +
      `${categories.size > 1 ? ` across ${categories.size} categories: ${byCategory.join(', ')}` : ''}.`,
    unlinked.length === 0
      ? 'Every issue is linked to the risks it gives rise to.'
      : `${issues.length - unlinked.length} ${issues.length - unlinked.length === 1 ? 'is' : 'are'} linked to risks; ` +
        `${unlinked.length} ${unlinked.length === 1 ? 'has' : 'have'} no linked risk yet (${listRefs(unlinked)}).`,
  ]);
}

function partyChanges(db: Database): string {
  const parties = all<{ id: number; name: string }>(db, 'SELECT id, name FROM interested_party ORDER BY ref');
  if (parties.length === 0) return 'No interested parties are recorded in the workbook yet.';
  const requirements = all<{ party: string; requirement: string; isms: number; how: string; controls: string; documents: string; objectives: string }>(
    db,
    `SELECT p.name AS party, r.requirement, r.is_isms_requirement AS isms, r.how_addressed AS how, r.controls, r.documents, r.objectives
     FROM party_requirement r JOIN interested_party p ON p.id = r.party_id ORDER BY p.ref, r.id`,
  );
  const isms = requirements.filter((r) => r.isms === 1);
  const linked = (json: string) => json.trim() !== '' && json.trim() !== '[]';
  const unaddressed = isms.filter((r) => r.how.trim() === '' && !linked(r.controls) && !linked(r.documents) && !linked(r.objectives));
  const parts = [
    `${count(parties.length, 'interested party', 'interested parties')} ${parties.length === 1 ? 'is' : 'are'} recorded with ` +
      `${count(requirements.length, 'need or expectation', 'needs and expectations')}, of which ${isms.length} ` +
      `${isms.length === 1 ? 'is an ISMS requirement' : 'are ISMS requirements'}.`,
  ];
  if (isms.length > 0) {
    parts.push(
      unaddressed.length === 0
        ? `All ${isms.length} show how they are addressed.`
        : `${isms.length - unaddressed.length} ${isms.length - unaddressed.length === 1 ? 'shows' : 'show'} how ${isms.length - unaddressed.length === 1 ? 'it is' : 'they are'} addressed; ` +
            `${unaddressed.length} ${unaddressed.length === 1 ? 'does' : 'do'} not yet: ` +
            `${unaddressed.slice(0, 5).map((r) => `${r.party} (${excerpt(r.requirement, 110)})`).join('; ')}${unaddressed.length > 5 ? `; and ${unaddressed.length - 5} more` : ''}.`,
    );
  }
  return sentence(parts);
}

// ---------------------------------------------------------------------------------------------------------------
// 9.3.2 d) 1) and e) Nonconformities, complaints

interface NcRow {
  ref: string;
  source: string;
  raised_on: string;
  description: string;
  due_date: string | null;
  status: 'open' | 'action-planned' | 'implemented' | 'closed';
  effectiveness_result: 'effective' | 'not-effective' | null;
}

const readNcs = (db: Database) => all<NcRow>(db, 'SELECT * FROM nonconformity ORDER BY raised_on, ref');
const SOURCE_WORDS: Record<string, [string, string]> = {
  audit: ['from an audit', 'from audits'],
  incident: ['from an incident', 'from incidents'],
  review: ['from a review', 'from reviews'],
  complaint: ['from a complaint', 'from complaints'],
  other: ['from another source', 'from other sources'],
};

function nonconformities(db: Database, period: Period): string {
  const ncs = readNcs(db);
  if (ncs.length === 0) return 'No nonconformities are recorded in the workbook.';
  const recent = ncs.filter((n) => n.raised_on >= period.from && n.raised_on <= period.to);
  const sources = Object.entries(SOURCE_WORDS)
    .map(([source, words]) => [recent.filter((n) => n.source === source).length, words] as const)
    .filter(([n]) => n > 0)
    .map(([n, [one, many]]) => `${n} ${n === 1 ? one : many}`);
  const by = (status: NcRow['status']) => ncs.filter((n) => n.status === status).length;
  const overdue = ncs.filter((n) => (n.status === 'open' || n.status === 'action-planned') && n.due_date !== null && n.due_date < period.to);
  const closed = ncs.filter((n) => n.status === 'closed');
  const ineffective = ncs.filter((n) => n.effectiveness_result === 'not-effective');
  const effective = closed.filter((n) => n.effectiveness_result === 'effective').length;
  return sentence([
    `${count(ncs.length, 'nonconformity', 'nonconformities')} ${ncs.length === 1 ? 'is' : 'are'} recorded, ${recent.length} raised in the last 12 months` +
      `${sources.length > 0 ? ` (${sources.join(', ')})` : ''}.`,
    `Status: ${by('open')} open, ${by('action-planned')} with corrective action planned, ${by('implemented')} implemented and awaiting an effectiveness review, ${by('closed')} closed.`,
    overdue.length === 0 ? 'None is overdue.' : `${count(overdue.length, 'is', 'are')} overdue (${listRefs(overdue.map((n) => n.ref))}).`,
    closed.length > 0 ? `${effective} of the ${closed.length} closed ${closed.length === 1 ? 'was' : 'were'} confirmed effective.` : '',
    ineffective.length > 0 ? `Corrective action was found not effective for ${listRefs(ineffective.map((n) => n.ref))}.` : '',
  ]);
}

function partyFeedback(db: Database, period: Period): string {
  const complaints = readNcs(db).filter((n) => n.source === 'complaint' && n.raised_on >= period.from && n.raised_on <= period.to);
  const lead =
    complaints.length === 0
      ? 'No complaints were recorded as nonconformities in the last 12 months.'
      : `${count(complaints.length, 'complaint')} ${complaints.length === 1 ? 'was' : 'were'} recorded as ${complaints.length === 1 ? 'a nonconformity' : 'nonconformities'} in the last 12 months: ` +
        `${complaints.slice(0, 5).map((c) => `${c.ref} ${excerpt(c.description, 90)}`).join('; ')}.`;
  return `${lead} Feedback received outside the workbook (customer security questionnaires and audits, regulator contact, staff surveys) is not recorded here.`;
}

// ---------------------------------------------------------------------------------------------------------------
// 9.3.2 d) 2) and 4) Measurement and objectives

interface ObjectiveFacts {
  ref: string;
  objective: string;
  status: 'active' | 'achieved' | 'retired';
  target: number | null;
  direction: 'at-least' | 'at-most' | null;
  unit: string;
  due: string | null;
  latest: number | null;
  measuredOn: string | null;
  inPeriod: number;
}

function readObjectives(db: Database, period: Period): ObjectiveFacts[] {
  return all<ObjectiveFacts>(
    db,
    `SELECT o.ref, o.objective, o.status, o.target_value AS target, o.target_direction AS direction, o.unit, o.due_date AS due,
       (SELECT m.value FROM measurement m WHERE m.objective_id = o.id AND m.measured_on <= @to ORDER BY m.measured_on DESC, m.id DESC LIMIT 1) AS latest,
       (SELECT max(m.measured_on) FROM measurement m WHERE m.objective_id = o.id AND m.measured_on <= @to) AS measuredOn,
       (SELECT count(*) FROM measurement m WHERE m.objective_id = o.id AND m.measured_on BETWEEN @from AND @to) AS inPeriod
     FROM objective o ORDER BY o.ref`,
    period,
  );
}

/** On target at the latest measurement; null when there is no target or no measurement to judge by. */
export function meetsTarget(o: Pick<ObjectiveFacts, 'target' | 'direction' | 'latest'>): boolean | null {
  if (o.target === null || o.direction === null || o.latest === null) return null;
  return valueMeetsTarget(o.latest, o.target, o.direction);
}

const value = (n: number, unit: string) => `${Number.isInteger(n) ? n : Number(n.toFixed(2))}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
const shortfall = (o: ObjectiveFacts) =>
  `${o.ref} at ${value(o.latest!, o.unit)} against ${o.direction === 'at-least' ? 'at least' : 'at most'} ${value(o.target!, o.unit)}`;

function measurement(db: Database, period: Period): string {
  const objectives = readObjectives(db, period).filter((o) => o.status !== 'retired');
  if (objectives.length === 0) return 'No information security objectives with measures are recorded yet, so there are no measurement results.';
  const taken = objectives.reduce((n, o) => n + o.inPeriod, 0);
  const unmeasured = objectives.filter((o) => o.inPeriod === 0).map((o) => o.ref);
  const off = objectives.filter((o) => meetsTarget(o) === false);
  const on = objectives.filter((o) => meetsTarget(o) === true).length;
  return sentence([
    `${count(taken, 'measurement')} ${taken === 1 ? 'was' : 'were'} recorded in the last 12 months against ${objectives.length - unmeasured.length} of the ${count(objectives.length, 'current objective')}` +
      `${unmeasured.length > 0 ? `; ${listRefs(unmeasured)} ${unmeasured.length === 1 ? 'has' : 'have'} none` : ''}.`,
    off.length > 0
      ? `At the latest measurement ${on} ${on === 1 ? 'is' : 'are'} on target and ${off.length} ${off.length === 1 ? 'is' : 'are'} not (${off.map(shortfall).join('; ')}).`
      : on > 0
        ? `At the latest measurement all ${on} with a target ${on === 1 ? 'is' : 'are'} on target.`
        : '',
  ]);
}

function objectives(db: Database, period: Period): string {
  const list = readObjectives(db, period);
  if (list.length === 0) return 'No information security objectives are recorded in the workbook yet.';
  const active = list.filter((o) => o.status === 'active');
  const achieved = list.filter((o) => o.status === 'achieved').length;
  const on = active.filter((o) => meetsTarget(o) === true).length;
  const off = active.filter((o) => meetsTarget(o) === false).map((o) => o.ref);
  const unjudged = active.filter((o) => meetsTarget(o) === null).map((o) => o.ref);
  const late = active.filter((o) => o.due !== null && o.due < period.to);
  return sentence([
    `${count(list.length, 'objective')} ${list.length === 1 ? 'is' : 'are'} recorded: ${active.length} active, ${achieved} achieved, ${list.length - active.length - achieved} retired.`,
    active.length > 0
      ? `Of the active ones, ${on} ${on === 1 ? 'meets its' : 'meet their'} target at the latest measurement` +
        `${off.length > 0 ? `, ${off.length} ${off.length === 1 ? 'falls' : 'fall'} short (${listRefs(off)})` : ''}` +
        `${unjudged.length > 0 ? `, ${unjudged.length} cannot yet be judged for want of a target or a measurement (${listRefs(unjudged)})` : ''}.`
      : '',
    late.length > 0 ? `${count(late.length, 'active objective')} ${late.length === 1 ? 'is' : 'are'} past ${late.length === 1 ? 'its' : 'their'} due date (${late.map((o) => `${o.ref}, due ${dayShort(o.due!)}`).join('; ')}).` : '',
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// 9.3.2 f) Risk assessment and treatment

function risk(db: Database, period: Period): string {
  const risks = listRisks(db).filter((r) => r.status !== 'closed');
  if (risks.length === 0) return 'No risks are recorded in the risk register yet.';
  const method = getStoredRiskMethod(db) ?? defaultRiskMethod(5);
  const levels = method.bands
    .map((band) => [band.label, risks.filter((r) => r.residualLevel === band.id).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${n} ${label}`);
  const unrated = risks.filter((r) => bandRank(method, r.residualLevel) < 0).length;
  const above = risks.filter((r) => isAboveAcceptance(method, r.residualLevel));
  const lacking = above.filter((r) => acceptanceProblems(method, r).length > 0).map((r) => r.ref);
  const actions = listTreatmentActions(db);
  const open = actions.filter((a) => a.status === 'planned' || a.status === 'in-progress').length;
  const done = actions.filter((a) => a.status === 'done').length;
  const overdue = actions.filter((a) => isOverdue(a, period.to)).map((a) => a.ref);
  const unreviewed = risks.filter((r) => r.nextReview !== null && r.nextReview < period.to).map((r) => r.ref);
  return sentence([
    `The register holds ${count(risks.length, 'open risk')}${levels.length > 0 ? `; by residual level: ${levels.join(', ')}` : ''}${unrated > 0 ? `; ${unrated} not yet rated` : ''}.`,
    above.length === 0
      ? 'No risk is above the acceptance criteria.'
      : `${count(above.length, 'risk is', 'risks are')} above the acceptance criteria; ` +
        (lacking.length === 0 ? 'all have recorded acceptance or further treatment.' : `${lacking.length} still ${lacking.length === 1 ? 'needs' : 'need'} acceptance or further treatment (${listRefs(lacking)}).`),
    actions.length > 0
      ? `The treatment plan holds ${count(actions.length, 'action')}: ${done} done, ${open} open${actions.length - done - open > 0 ? `, ${actions.length - done - open} cancelled` : ''}; ` +
        (overdue.length === 0 ? 'none is overdue.' : `${overdue.length} ${overdue.length === 1 ? 'is' : 'are'} overdue (${listRefs(overdue)}).`)
      : 'No treatment actions are planned yet.',
    unreviewed.length > 0 ? `${count(unreviewed.length, 'risk is', 'risks are')} past ${unreviewed.length === 1 ? 'its' : 'their'} review date (${listRefs(unreviewed)}).` : '',
  ]);
}

// ---------------------------------------------------------------------------------------------------------------

const SUMMARIES: Record<ReviewInputKey, (db: Database, options: PrefillOptions, period: Period) => string> = {
  'previous-actions': previousActions,
  'issue-changes': (db) => issueChanges(db),
  'party-changes': (db) => partyChanges(db),
  nonconformities: (db, _o, period) => nonconformities(db, period),
  measurement: (db, _o, period) => measurement(db, period),
  'audit-results': (db, _o, period) => summariseAudits(db, period),
  objectives: (db, _o, period) => objectives(db, period),
  'party-feedback': (db, _o, period) => partyFeedback(db, period),
  risk: (db, _o, period) => risk(db, period),
  improvement: (db, _o, period) => summariseImprovement(db, period),
};

/** The summary of one input from the registers. */
export function prefillReviewInput(db: Database, key: ReviewInputKey, options: PrefillOptions): string {
  // A sentence that ends on a shortened excerpt ends on its ellipsis, not on "….".
  return SUMMARIES[key](db, options, periodEndingOn(options.asOf)).replace(/…\./g, '…');
}

/** Every input's summary from the registers. */
export function prefillReviewInputs(db: Database, options: PrefillOptions, keys: readonly ReviewInputKey[] = REVIEW_INPUT_KEYS): Partial<ReviewInputs> {
  return Object.fromEntries(keys.map((key) => [key, prefillReviewInput(db, key, options)]));
}
