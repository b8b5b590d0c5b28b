import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../../test/fixtures/workbook';
import { convertToPdf, hasSoffice, skipReason } from '../../../test/fixtures/libreoffice';
import { DEFAULT_COST_FIGURES, resolveFigures, type AdvisorAnswers, type CostFigureId } from '../../../shared/domain/advisor';
import { recommend } from '../../../shared/rules/framework-advisor';
import { saveAdvisor } from '../../services/advisor-service';
import { seedSampleAdvisor } from '../../services/sample/advisor-sample';
import { inTransaction } from '../../services/workbook-context';
import { findExportKind, listExportKinds } from '../export-registry';
import { readAdvisorMemoData, type AdvisorMemoData } from '../kinds/advisor-exports';
import { buildAdvisorMemoDocx } from './advisor-memo-docx';
import { fenwickOrganisation } from '../../../test/fixtures/organisation';

const tempDir = useTempDir();

const organisation = fenwickOrganisation;

/** The longest memo the advisor can produce: both frameworks, a Type 1 bridge, every region and regulated buyer. */
const everything: AdvisorAnswers = {
  buyerRegions: ['us', 'uk', 'europe', 'india', 'middle-east', 'apac'],
  regulatedBuyers: ['banks', 'insurers', 'healthcare', 'government'],
  urgency: 'under-3',
  scope: 'product',
  customerAsk: 'both',
  stage: 'series-b',
};

function memoData(answers: AdvisorAnswers, edits: Partial<Record<CostFigureId, { low: number; high: number; plus: boolean }>> = {}): AdvisorMemoData {
  const figures = resolveFigures(edits);
  const advice = recommend(answers, figures);
  if (advice.status !== 'ready') throw new Error('incomplete answers');
  return { organisation, logo: null, answers, figures, edited: Object.keys(edits) as CostFigureId[], advice, date: '2026-06-12' };
}

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]!);

describe('buildAdvisorMemoDocx', () => {
  it('addresses the memo from the organisation profile and dates it from the workbook', async () => {
    const xml = documentXml(await buildAdvisorMemoDocx(memoData(everything)));
    const words = texts(xml);
    expect(words).toEqual(expect.arrayContaining(['Memo', 'To', 'Duncan Reid, Managing Director', 'From', 'Morag Lindsay, Security Lead', 'Date', '12 June 2026']));
    expect(words).toContain('SOC 2 or ISO 27001 first: recommendation and plan for Fenwick Freight Analytics Ltd');
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    for (const text of ['Recommendation', 'Why', 'Plan: SOC 2, then ISO 27001']) {
      expect(xml, text).toMatch(new RegExp(`<w:pStyle w:val="Heading2"/>(<w:\\w+/>)*</w:pPr><w:r><w:t[^>]*>${text}<`));
    }
  });

  it('states the recommendation, a reason for every answer and the plan with typical figures', async () => {
    const data = memoData(everything);
    const words = texts(documentXml(await buildAdvisorMemoDocx(data)));
    expect(words).toContain('Both, in sequence: SOC 2 first, then ISO 27001');
    for (const reason of data.advice.reasons) expect(words).toContain(reason.text);
    expect(words).toEqual(expect.arrayContaining(['Where the buyers are: ', 'Regulated buyers: ', 'Order: ']));
    for (const step of data.advice.plan) expect(words).toContain(step.title);
    expect(words).toEqual(expect.arrayContaining(['3–6 months', '$15k–$50k', '$30k–$100k+ a year', '$12.5k–$105k+ each time', '$9k–$50k+', '3–6 months']));
    expect(words.find((w) => w.startsWith('Figures are typical ranges'))).toBe(
      'Figures are typical ranges from public 2026 market guides, not quotes: audit firms and certification bodies price by scope, size and readiness. Adding the second framework assumes about 80% of controls are shared.',
    );
  });

  it('marks every figure computed from an edited one, and only those', async () => {
    const words = texts(
      documentXml(
        await buildAdvisorMemoDocx(memoData(everything, { soc2Type2Cost: { low: 40_000, high: 80_000, plus: false }, controlOverlap: { low: 70, high: 70, plus: false } })),
      ),
    );
    // The Type 2 report, its renewal and the ISO step priced from it carry the mark; durations do not.
    expect(words).toEqual(expect.arrayContaining(['$40k–$80k *', '$40k–$80k a year *', '$12k–$40k *', '6–12 months', '$15k–$50k']));
    expect(words.filter((w) => w.endsWith(' *'))).toHaveLength(3);
    expect(words.find((w) => w.startsWith('Figures are typical ranges'))).toMatch(/assumes about 70% of controls are shared\. \* Edited by you\.$/);
  });

  it('gives identical bytes for the same workbook', async () => {
    const a = await buildAdvisorMemoDocx(memoData(everything));
    const b = await buildAdvisorMemoDocx(memoData(everything));
    expect(Buffer.compare(a, b)).toBe(0);
  });
});

describe('framework-memo export kind', () => {
  it('is listed outside the Stage 1 package and refuses, naming the open questions, until every answer is in', async () => {
    expect(listExportKinds().find((k) => k.kind === 'framework-memo')).toMatchObject({ format: 'docx', clause: '4.1' });
    expect(findExportKind('framework-memo').kind.inPackage).toBe(false);
    const { ctx, session } = openTestWorkbook(tempDir());
    saveAdvisor(ctx, { answers: { buyerRegions: ['us'], urgency: '3-6' } });
    expect(() => readAdvisorMemoData(ctx)).toThrow('still open: regulated buyers, what the assurance covers, what customers ask for, company stage.');
    session.close();
  });

  it('reads the sample organisation’s answers and dates the memo by their last change', async () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true, now: () => new Date('2026-10-02T09:00:00Z') });
    inTransaction(ctx, () => seedSampleAdvisor(ctx));
    const data = readAdvisorMemoData(ctx);
    expect(data).toMatchObject({ date: '2026-10-02', edited: [], figures: DEFAULT_COST_FIGURES });
    expect(data.organisation.legalName).toBe('Northwind Ledger Ltd');
    expect(data.advice).toMatchObject({ recommendation: 'both', order: ['iso', 'soc2'] });
    session.close();
  });
});

describe('memo rendered by LibreOffice', () => {
  if (!hasSoffice) it.skip(`skipped: ${skipReason}`, () => {});

  it.skipIf(!hasSoffice)(
    'fits on exactly one page for the sample organisation and for the longest possible memo',
    async () => {
      const dir = tempDir();
      const { ctx, session } = openTestWorkbook(dir, { sample: true });
      inTransaction(ctx, () => seedSampleAdvisor(ctx));
      const sample = await findExportKind('framework-memo').kind.build(ctx, null);
      session.close();
      const longest = await buildAdvisorMemoDocx({
        ...memoData(everything, { soc2Type2Cost: { low: 45_000, high: 125_000, plus: true } }),
        organisation: {
          ...organisation,
          legalName: 'Fenwick Freight Analytics and Logistics Intelligence Holdings Limited',
          defaultApprover: 'Duncan Reid-Macallister, Managing Director and Chair of the Risk Committee',
        },
      });
      const pdfs = convertToPdf({ sample, longest }, { prefix: 'isms-memo-', timeout: 100_000 });
      expect(pdfs.sample.pages).toBe(1);
      expect(pdfs.longest.pages).toBe(1);
      for (const text of ['Memo', 'Eleanor Marsh', 'Siobhan Kerr', 'Both, in sequence: ISO 27001 first, then SOC 2', 'ISO 27001 certification', 'Add a SOC 2 Type 2 report', 'not quotes']) {
        expect(pdfs.sample.text, text).toContain(text);
      }
      expect(pdfs.longest.text).toContain('SOC 2 Type 1 report');
    },
    120_000,
  );
});
