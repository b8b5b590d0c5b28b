import type { AdvisorAnswers, CostFigureId, CostFigures } from '../../../shared/domain/advisor';
import { ADVISOR_QUESTIONS } from '../../../shared/domain/advisor';
import type { Organisation } from '../../../shared/domain/organisation';
import { AppError } from '../../../shared/ipc/result';
import type { AdvisorAdvice } from '../../../shared/rules/framework-advisor';
import { getLogo } from '../../repositories/organisation-repo';
import { readAdvisor } from '../../services/advisor-service';
import { readOrganisation } from '../../services/organisation-service';
import type { WorkbookContext } from '../../services/workbook-context';
import { buildAdvisorMemoDocx } from '../docx/advisor-memo-docx';
import type { ExportKind } from '../export-kind';

export interface AdvisorMemoData {
  organisation: Organisation;
  logo: { data: Buffer; mime: string } | null;
  answers: AdvisorAnswers;
  figures: CostFigures;
  edited: CostFigureId[];
  advice: AdvisorAdvice;
  /** The memo's date (YYYY-MM-DD): the day the answers or figures last changed, so the same workbook gives the same memo. */
  date: string;
}

/** Reads the memo in one go; refuses, naming the questions, while the questionnaire is incomplete. */
export function readAdvisorMemoData(ctx: WorkbookContext): AdvisorMemoData {
  const { hasLogo: _hasLogo, ...organisation } = readOrganisation(ctx);
  const view = readAdvisor(ctx);
  if (view.result.status !== 'ready') {
    const missing = view.result.missing.map((id) => ADVISOR_QUESTIONS.find((q) => q.id === id)!.topic);
    throw new AppError('INVALID_INPUT', `Answer every question before exporting the memo; still open: ${missing.join(', ')}.`);
  }
  const latest = ctx.db.prepare("SELECT max(at) AS at FROM change_log WHERE area = 'advisor'").get() as { at: string | null };
  const anyChange = ctx.db.prepare('SELECT max(at) AS at FROM change_log').get() as { at: string | null };
  return {
    organisation,
    logo: getLogo(ctx.db),
    answers: view.answers,
    figures: view.figures,
    edited: view.edited,
    advice: view.result,
    date: (latest.at ?? anyChange.at ?? '1970-01-01').slice(0, 10),
  };
}

export const advisorExports: ExportKind[] = [
  {
    kind: 'framework-memo',
    title: 'SOC 2 or ISO 27001 first? Recommendation memo (Word)',
    format: 'docx',
    // Not Stage 1 evidence; 4.1 is the nearest clause because the memo weighs external issues (markets, buyers,
    // regulation, the company's stage) that shape what the ISMS must achieve. 4.2 would suggest it records
    // interested-party requirements, which the interested-parties register does.
    clause: '4.1',
    defaultFileName: 'SOC 2 or ISO 27001 first - memo.docx',
    inPackage: false,
    build: (ctx) => buildAdvisorMemoDocx(readAdvisorMemoData(ctx)),
  },
];
