import type { ControlledDocumentKey } from '../../../shared/domain/controlled-documents';
import { listContextIssues } from '../../repositories/context-repo';
import { getLogo } from '../../repositories/organisation-repo';
import { listInterestedParties } from '../../repositories/party-repo';
import { listRisks } from '../../repositories/risk-repo';
import { listIsmsRoles } from '../../repositories/role-repo';
import { getScope } from '../../repositories/scope-repo';
import { readDocumentControl } from '../../services/document-control-service';
import { readOrganisation } from '../../services/organisation-service';
import { readRiskMethod } from '../../services/risk-method-service';
import type { WorkbookContext } from '../../services/workbook-context';
import { buildContextDocx, type ContextExportData } from '../docx/context-docx';
import { buildInterestedPartiesDocx } from '../docx/interested-parties-docx';
import { buildRolesDocx } from '../docx/roles-docx';
import { buildScopeDocx } from '../docx/scope-docx';
import type { ExportKind } from '../export-kind';

type AreaKey = Extract<ControlledDocumentKey, 'context' | 'interested-parties' | 'scope' | 'roles'>;

/** Everything the context, interested parties, scope and roles documents need, read in one snapshot. */
export function readContextExportData(ctx: WorkbookContext, docKey: AreaKey): ContextExportData {
  const { hasLogo: _hasLogo, ...organisation } = readOrganisation(ctx);
  const latest = ctx.db.prepare('SELECT max(at) AS at FROM change_log').get() as { at: string | null };
  const id = (key: AreaKey) => readDocumentControl(ctx, key).documentId;
  return {
    organisation,
    logo: getLogo(ctx.db),
    documentControl: readDocumentControl(ctx, docKey),
    documentIds: { context: id('context'), 'interested-parties': id('interested-parties'), scope: id('scope'), roles: id('roles') },
    issues: listContextIssues(ctx.db),
    parties: listInterestedParties(ctx.db),
    scope: getScope(ctx.db),
    roles: listIsmsRoles(ctx.db),
    risks: listRisks(ctx.db),
    method: readRiskMethod(ctx),
    asOf: (latest.at ?? '1970-01-01').slice(0, 10),
  };
}

export const contextExports: readonly ExportKind[] = [
  {
    kind: 'context',
    title: 'Context of the organisation: internal and external issues (Word)',
    format: 'docx',
    clause: '4.1',
    defaultFileName: 'Context of the Organisation.docx',
    build: (ctx) => buildContextDocx(readContextExportData(ctx, 'context')),
  },
  {
    kind: 'interested-parties',
    title: 'Interested parties and requirements (Word)',
    format: 'docx',
    clause: '4.2',
    defaultFileName: 'Interested Parties and Requirements.docx',
    build: (ctx) => buildInterestedPartiesDocx(readContextExportData(ctx, 'interested-parties')),
  },
  {
    kind: 'scope',
    title: 'ISMS scope (Word)',
    format: 'docx',
    clause: '4.3',
    defaultFileName: 'ISMS Scope.docx',
    build: (ctx) => buildScopeDocx(readContextExportData(ctx, 'scope')),
  },
  {
    kind: 'roles',
    title: 'ISMS roles and responsibilities (Word)',
    format: 'docx',
    clause: '5.3',
    defaultFileName: 'ISMS Roles and Responsibilities.docx',
    build: (ctx) => buildRolesDocx(readContextExportData(ctx, 'roles')),
  },
];
