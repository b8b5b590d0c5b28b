import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { REVIEW_INPUTS, REVIEW_INPUT_KEYS, emptyInputs, type ManagementReview, type ReviewOutput } from '../../../shared/domain/management-review';
import type { Organisation } from '../../../shared/domain/organisation';
import { convertToPdf, hasSoffice, skipReason } from '../../../test/fixtures/libreoffice';
import { outputNumbers } from '../../../shared/rules/management-review';
import { buildManagementReviewDocx, reviewDocumentControl, type ReviewExportData } from './management-review-docx';

const organisation: Organisation = {
  legalName: 'Ostrava Parcel Robotics s.r.o.',
  shortName: 'OPR',
  address: 'Nádražní 7, 702 00 Ostrava',
  industry: 'Warehouse automation',
  size: '51-200',
  ismsOwner: 'Petra Novak, ISMS Manager',
  classificationLabels: ['Public', 'Internal', 'Confidential'],
  defaultClassification: 'Confidential',
  defaultApprover: 'Tomas Kral, CEO',
  reviewCycleMonths: 12,
};

const output = (id: number, over: Partial<ReviewOutput>): ReviewOutput => ({
  id,
  reviewId: 1,
  kind: 'action',
  description: `Output ${id}`,
  owner: 'CTO',
  dueDate: '2026-12-31',
  status: 'open',
  ...over,
});

const heldReview: ManagementReview = {
  id: 1,
  ref: 'MR-2026-02',
  heldOn: '2026-10-22',
  status: 'held',
  attendees: [
    { name: 'Tomas Kral', role: 'CEO', topManagement: false },
    { name: 'Petra Novak', role: 'ISMS Manager', topManagement: false },
  ],
  inputs: Object.fromEntries(REVIEW_INPUT_KEYS.map((k) => [k, `Discussed ${k} at length.`])) as ManagementReview['inputs'],
  editedInputs: [],
  outputs: [
    output(3, { kind: 'decision', description: 'Keep the scope as it is', owner: '', dueDate: null }),
    output(4, { description: 'Isolate the robot controller network (finding IA-2026-01-F05)', owner: 'Head of Operations', dueDate: '2026-10-01' }),
    output(5, { description: 'Buy cyber insurance', owner: '', dueDate: '2027-01-31', status: 'done' }),
  ],
};

const data = (review: ManagementReview = heldReview): ReviewExportData => ({ organisation, logo: null, review, asOf: '2026-11-05' });
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
/** The text of the document, paragraph by paragraph, with non-breaking hyphens read as "-". */
const plainText = (xml: string) =>
  xml
    .replace(/<w:noBreakHyphen\/>/g, '-')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');

describe('management review minutes', () => {
  it('takes its document control from the review: the reference, approved at 1.0 once held', () => {
    expect(reviewDocumentControl(heldReview, organisation)).toMatchObject({
      documentId: 'MR-2026-02',
      version: '1.0',
      status: 'approved',
      owner: 'Petra Novak, ISMS Manager',
      approver: 'Tomas Kral, CEO',
      approvedOn: '2026-10-22',
      classification: 'Confidential',
      revisions: [{ version: '1.0', date: '2026-10-22', author: 'Petra Novak' }],
    });
    expect(reviewDocumentControl({ ...heldReview, status: 'planned' }, organisation)).toMatchObject({ version: '0.1', status: 'draft', approvedOn: null, revisions: [] });
  });

  it('numbers decisions and actions separately', () => {
    expect([...outputNumbers(heldReview.outputs).values()]).toEqual(['D1', 'A1', 'A2']);
  });

  it('prints attendees, every input under its own heading, the decisions, and the actions with owners and dates', async () => {
    const text = plainText(documentXml(await buildManagementReviewDocx(data())));
    for (const input of REVIEW_INPUTS) {
      expect(text).toContain(`${input.title}\nClause ${input.clause}\nDiscussed ${input.key} at length.`);
    }
    expect(text).toContain('Tomas Kral\nCEO\nYes');
    expect(text).toContain('Petra Novak\nISMS Manager\n—');
    expect(text).toContain('D1\nKeep the scope as it is');
    expect(text).toContain('A1\nIsolate the robot controller network (finding IA-2026-01-F05)\nHead of Operations\n1 Oct 2026\nOpen, overdue');
    expect(text).toContain('A2\nBuy cyber insurance\nNo owner assigned\n31 Jan 2027\nDone');
    expect(text).toContain('Approver\nTomas Kral, CEO');
    expect(text).toContain('Approval date\n22 October 2026');
    expect(text).not.toContain('Draft: the review');
  });

  it('marks draft minutes and inputs left empty', async () => {
    const planned = { ...heldReview, status: 'planned' as const, heldOn: null, inputs: { ...emptyInputs(), risk: 'Risks discussed.' }, outputs: [] };
    const text = plainText(documentXml(await buildManagementReviewDocx(data(planned))));
    expect(text).toContain('Draft: the review has not yet been recorded as held');
    expect(text.match(/Not covered at this review\./g)).toHaveLength(REVIEW_INPUT_KEYS.length - 1);
    expect(text).toContain('No decisions are recorded.');
    expect(text).toContain('No actions were agreed.');
    expect(text).toContain('Approval date\nNot yet approved');
  });

  it('gives the same bytes for the same review', async () => {
    const [a, b] = await Promise.all([buildManagementReviewDocx(data()), buildManagementReviewDocx(data())]);
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it.skipIf(!hasSoffice)(`renders in LibreOffice with every section (${hasSoffice ? 'soffice found' : skipReason})`, async () => {
    const { minutes } = convertToPdf({ minutes: await buildManagementReviewDocx(data()) }, { prefix: 'mr-render-', timeout: 120_000 });
    const flat = minutes.text.replace(/\s+/g, ' ');
    for (const heading of ['Management Review Minutes', 'Document control', 'The meeting', 'Inputs considered', 'Decisions', 'Actions', 'Sign-off']) {
      expect(flat).toContain(heading);
    }
    expect(flat).toMatch(/IA-2026-01-F05/);
    expect(minutes.pages).toBeGreaterThanOrEqual(4);
  }, 150_000);
});
