import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLANK_OBJECTIVE, type Measurement, type Objective } from '../../../shared/domain/objectives';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { convertToPdf, hasSoffice, skipReason } from '../../../test/fixtures/libreoffice';
import type { ObjectivesExportData } from '../kinds/objectives-exports';
import { chartScale, niceCeiling } from '../../../shared/rules/objective-status';
import { BAR_COLOURS, BAR_STEPS, barSegments, stepsFor } from './objectives-chart';
import { buildObjectivesDocx } from './objectives-docx';
import { fenwickOrganisation } from '../../../test/fixtures/organisation';

const ALERT = 'B42318';

const organisation = fenwickOrganisation;

const documentControl: DocumentControlWithHistory = {
  docKey: 'objectives',
  documentId: 'FF-OBJ',
  title: 'Information Security Objectives',
  version: '1.0',
  status: 'approved',
  owner: organisation.ismsOwner,
  approver: organisation.defaultApprover,
  approvedOn: '2026-03-01',
  classification: '',
  revisions: [{ version: '1.0', date: '2026-03-01', author: 'Morag Lindsay', summary: 'First issue.' }],
};

let id = 1;
const m = (objectiveId: number, measuredOn: string, value: number, note = ''): Measurement => ({ id: id++, objectiveId, measuredOn, value, note });

const objective = (n: number, over: Partial<Objective>): Objective => ({
  ...BLANK_OBJECTIVE,
  id: n,
  ref: `OBJ-00${n}`,
  objective: `Objective number ${n}`,
  measure: 'Measured monthly',
  targetValue: 95,
  targetDirection: 'at-least',
  unit: '%',
  owner: 'Security Lead',
  measurements: [],
  ...over,
});

const objectives: Objective[] = [
  objective(1, { objective: 'Laptops encrypted', measurements: [m(1, '2026-01-31', 90), m(1, '2026-02-28', 97)], dueDate: '2026-06-30' }),
  objective(2, {
    objective: 'Phishing click rate kept low',
    targetValue: 5,
    targetDirection: 'at-most',
    measurements: [m(2, '2026-02-28', 4), m(2, '2026-01-31', 3), m(2, '2026-03-31', 9, 'Harder lure & new starters')],
    dueDate: '2026-03-01',
  }),
  objective(3, { objective: 'Gain certification', measure: '', targetValue: null, targetDirection: null, unit: '' }),
  objective(4, { objective: 'Old objective', status: 'retired', measurements: [m(4, '2025-12-31', 50)] }),
];

const data = (over: Partial<ObjectivesExportData> = {}): ObjectivesExportData => ({
  organisation,
  logo: null,
  documentControl,
  asOf: '2026-04-10',
  objectives,
  ...over,
});

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const between = (xml: string, from: string, to?: string) => xml.slice(xml.indexOf(from), to ? xml.indexOf(to, xml.indexOf(from)) : undefined);
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]);

describe('objectives chart', () => {
  it('scales to a round number above the largest value, at most 100 for percentages', () => {
    expect(chartScale([11.2, 4.8], 5, '%')).toBe(15);
    expect(chartScale([82, 100], 95, '%')).toBe(100);
    expect(chartScale([5.5, 3.2], 4, 'hours')).toBe(8);
    expect(chartScale([41, 17], 30, 'minutes')).toBe(50);
    expect(chartScale([], null, '')).toBe(1);
    expect(niceCeiling(0.012)).toBe(0.012);
    expect(niceCeiling(130)).toBe(150);
  });

  it('splits a bar where the target falls, so the target line sits on a cell edge', () => {
    expect(stepsFor(50, 100)).toBe(BAR_STEPS / 2);
    expect(stepsFor(200, 100)).toBe(BAR_STEPS);
    expect(barSegments(30, 10)).toEqual([
      { steps: 10, filled: true, lineLeft: false, lineRight: false },
      { steps: 20, filled: true, lineLeft: true, lineRight: false },
      { steps: 20, filled: false, lineLeft: false, lineRight: false },
    ]);
    expect(barSegments(10, 30).map((s) => [s.steps, s.filled, s.lineLeft])).toEqual([
      [10, true, false],
      [20, false, false],
      [20, false, true],
    ]);
    expect(barSegments(BAR_STEPS, BAR_STEPS)).toEqual([{ steps: BAR_STEPS, filled: true, lineLeft: false, lineRight: true }]);
    expect(barSegments(0, null)).toEqual([{ steps: BAR_STEPS, filled: false, lineLeft: false, lineRight: false }]);
  });
});

describe('buildObjectivesDocx', () => {
  let bytes: Buffer;
  let xml: string;

  beforeAll(async () => {
    bytes = await buildObjectivesDocx(data());
    xml = documentXml(bytes);
  });

  it('gives identical bytes for the same input', async () => {
    expect(Buffer.compare(bytes, await buildObjectivesDocx(data()))).toBe(0);
  });

  it('is portrait A4 with the title, document control and the sections in Heading styles', () => {
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    expect(xml).toContain('>Information Security Objectives<');
    expect(xml).toContain('>FF-OBJ<');
    for (const text of ['Document control', 'Purpose', 'Summary', 'Objectives in detail', 'Approval']) {
      expect(xml, text).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>(<w:\\w+/>)*</w:pPr><w:r><w:t[^>]*>${text}<`));
    }
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t[^>]*>OBJ-002 {2}Phishing click rate kept low</);
    expect(xml).toContain('Duncan Reid, Managing Director');
  });

  it('summarises the active objectives and marks the off-target and past-due ones in red', () => {
    expect(xml).toContain('3 objectives are active: 1 on target, 1 off target, 0 not yet measured and 1 without a numeric target. 1 is past its due date.');
    const summary = between(xml, '>Summary<', '>Objectives in detail<');
    expect(summary).toMatch(new RegExp(`<w:b/><w:bCs/><w:color w:val="${ALERT}"/>(?:(?!</w:r>).)*>Off target<`));
    expect(summary).toMatch(new RegExp(`<w:color w:val="${ALERT}"/>(?:(?!</w:r>).)*>Past due date<`));
    expect(summary).toMatch(new RegExp(`<w:color w:val="${BAR_COLOURS.on}"/>(?:(?!</w:r>).)*>On target<`));
    expect(texts(summary)).toEqual(expect.arrayContaining(['At most 5%', '9%', '31 Mar 2026', 'Worsening', 'Retired', 'No numeric target']));
  });

  it('charts every measurement in date order, each bar coloured by whether it met the target', () => {
    const detail = between(xml, '>OBJ-002  Phishing', '>OBJ-003  ');
    expect(texts(detail)).toEqual(expect.arrayContaining(['Scale 0 to 10%', 'Harder lure &amp; new starters', 'Missed', 'Met']));
    const dates = texts(detail).filter((t) => /^\d+ \w{3} 2026$/.test(t!));
    expect(dates).toEqual(['31 Jan 2026', '28 Feb 2026', '31 Mar 2026']);
    expect(detail).toContain(`w:fill="${BAR_COLOURS.off}"`);
    expect(detail).toContain(`w:fill="${BAR_COLOURS.on}"`);
    expect(detail).toMatch(/<w:gridSpan w:val="50"\/>/);
    expect(detail).toMatch(/<w:left w:val="single" w:color="222A35" w:sz="18"/);
    expect(between(xml, '>OBJ-003  ', '>OBJ-004  ')).toContain('No measurements recorded yet.');
  });

  it('says so when no objectives have been set', async () => {
    const empty = documentXml(await buildObjectivesDocx(data({ objectives: [] })));
    expect(empty).toContain('No information security objectives have been set yet.');
    expect(empty).not.toContain('>Objectives in detail<');
  });
});

describe('objectives document rendered by LibreOffice', () => {
  if (!hasSoffice) it.skip(`skipped: ${skipReason}`, () => {});

  it.skipIf(!hasSoffice)('renders the summary, every objective and its results', async () => {
    const pdf = convertToPdf({ objectives: await buildObjectivesDocx(data()) }, { prefix: 'isms-objectives-', timeout: 100_000 }).objectives;
    for (const text of ['Information Security Objectives', 'Off target', 'Past due', 'Scale 0 to 10%', 'Harder lure', 'Duncan Reid']) {
      expect(pdf.text, text).toContain(text);
    }
    for (const o of objectives) expect(pdf.text, o.ref).toContain(o.ref);
    expect(pdf.text).toMatch(/Page 2 of \d+/);
  }, 120_000);
});
