import { WORKBOOK_AREAS, type WorkbookArea } from '../../shared/domain/workbook';
import { listChanges } from '../repositories/change-log-repo';
import { readLogoDataUrl, readOrganisation, replaceLogo, updateOrganisation } from '../services/organisation-service';
import { bulkUpdateSoa, listSoa, updateSoaEntry } from '../services/soa-service';
import { addRevision, readDocumentControl, updateDocumentControl } from '../services/document-control-service';
import { workbookCounts } from '../services/workbook-service';
import { listExportKinds } from '../export/export-registry';
import { runExport } from '../export/export-service';
import { importSoa } from '../import/soa-import';
import { previewRecordImport, runRecordImport } from '../import/record-import';
import { applyRiskMethod, previewRiskMethod, readRiskMethod } from '../services/risk-method-service';
import { createAsset, deleteAsset, listAssetInventory, updateAsset } from '../services/asset-service';
import { createRisk, deleteRisk, listRiskRegister, updateRisk } from '../services/risk-service';
import {
  createTreatmentAction,
  deleteTreatmentAction,
  listTreatmentPlan,
  updateTreatmentAction,
} from '../services/treatment-action-service';
import { listControlRiskLinks } from '../repositories/risk-repo';

import type { HandlerTable } from './handler';
import { contextHandlers } from './context-handlers';
import { objectivesHandlers } from './objectives-handlers';
import { documentsHandlers } from './documents-handlers';
import { auditHandlers } from './audit-handlers';
import { reviewHandlers } from './review-handlers';
import { dashboardHandlers } from './dashboard-handlers';
import { advisorHandlers } from './advisor-handlers';
import { soc2Handlers } from './soc2-handlers';
import { packageHandlers } from './package-handlers';
import { readinessHandlers } from './readiness-handlers';

export type { HandlerContext, HandlerTable } from './handler';

const ALL: readonly WorkbookArea[] = WORKBOOK_AREAS;

/** The one implementation of the contract, used by the app, the CLI and the tests alike. */
export const handlers: HandlerTable = {
  'workbook:current': { run: ({ session }) => session.info() },
  'workbook:create': {
    run: ({ session }, input) => session.create(input.path, input.organisationName, input.sample),
    changes: ALL,
  },
  'workbook:open': { run: ({ session }, input) => session.open(input.path), changes: ALL },
  'workbook:saveAs': { run: ({ session }, input) => session.saveAs(input.path), changes: ['workbook'] },
  'workbook:close': {
    run: ({ session }) => {
      session.close();
      return null;
    },
    changes: ALL,
  },
  'workbook:recent': { run: ({ session }) => session.recent.list() },
  'workbook:counts': { run: ({ session }) => workbookCounts(session.context()) },

  'organisation:get': { run: ({ session }) => readOrganisation(session.context()) },
  'organisation:update': {
    run: ({ session }, input) => updateOrganisation(session.context(), input.patch),
    changes: ['organisation', 'workbook', 'change-log'],
  },
  'organisation:setLogo': {
    run: ({ session }, input) => replaceLogo(session.context(), input),
    changes: ['organisation', 'change-log'],
  },
  'organisation:getLogo': { run: ({ session }) => readLogoDataUrl(session.context()) },

  'soa:list': { run: ({ session }) => listSoa(session.context()) },
  'soa:update': {
    run: ({ session }, input) => updateSoaEntry(session.context(), input.controlId, input.patch),
    changes: ['soa', 'change-log'],
  },
  'soa:bulkUpdate': {
    run: ({ session }, input) => bulkUpdateSoa(session.context(), input.controlIds, input.patch),
    changes: ['soa', 'change-log'],
  },

  'soa:riskLinks': { run: ({ session }) => listControlRiskLinks(session.context().db) },

  'riskMethod:get': { run: ({ session }) => readRiskMethod(session.context()) },
  'riskMethod:preview': { run: ({ session }, input) => previewRiskMethod(session.context(), input.method) },
  'riskMethod:apply': {
    run: ({ session }, input) => applyRiskMethod(session.context(), input.method),
    changes: ['risk-method', 'risks', 'change-log'],
  },

  'asset:list': { run: ({ session }) => listAssetInventory(session.context()) },
  'asset:create': { run: ({ session }, input) => createAsset(session.context(), input.asset), changes: ['assets', 'change-log'] },
  'asset:update': {
    run: ({ session }, input) => updateAsset(session.context(), input.id, input.patch),
    changes: ['assets', 'change-log'],
  },
  'asset:delete': {
    run: ({ session }, input) => {
      deleteAsset(session.context(), input.id);
      return null;
    },
    changes: ['assets', 'risks', 'change-log'],
  },

  'risk:list': { run: ({ session }) => listRiskRegister(session.context()) },
  'risk:create': {
    run: ({ session }, input) => createRisk(session.context(), input.risk),
    changes: ['risks', 'assets', 'soa', 'change-log'],
  },
  'risk:update': {
    run: ({ session }, input) => updateRisk(session.context(), input.id, input.patch),
    changes: ['risks', 'assets', 'soa', 'change-log'],
  },
  'risk:delete': {
    run: ({ session }, input) => {
      deleteRisk(session.context(), input.id);
      return null;
    },
    changes: ['risks', 'assets', 'soa', 'treatment-plan', 'context', 'change-log'],
  },

  'action:list': { run: ({ session }) => listTreatmentPlan(session.context()) },
  'action:create': {
    run: ({ session }, input) => createTreatmentAction(session.context(), input.action),
    changes: ['treatment-plan', 'change-log'],
  },
  'action:update': {
    run: ({ session }, input) => updateTreatmentAction(session.context(), input.id, input.patch),
    changes: ['treatment-plan', 'change-log'],
  },
  'action:delete': {
    run: ({ session }, input) => {
      deleteTreatmentAction(session.context(), input.id);
      return null;
    },
    changes: ['treatment-plan', 'change-log'],
  },

  'documentControl:get': { run: ({ session }, input) => readDocumentControl(session.context(), input.docKey) },
  'documentControl:update': {
    run: ({ session }, input) => updateDocumentControl(session.context(), input.docKey, input.patch),
    changes: ['document-control', 'change-log'],
  },
  'documentControl:addRevision': {
    run: ({ session }, input) => addRevision(session.context(), input.docKey, input.version, input.summary),
    changes: ['document-control', 'change-log'],
  },

  'changeLog:list': { run: ({ session }, input) => listChanges(session.context().db, input) },

  'export:list': { run: ({ session }) => listExportKinds(session.isOpen ? session.context() : undefined) },
  'export:run': { run: ({ session }, input) => runExport(session.context(), input.kind, input.path) },
  'import:soa': {
    run: ({ session }, input) => importSoa(session.context(), input.path, { dryRun: input.dryRun }),
    changes: ['soa', 'change-log'],
  },
  'import:preview': { run: ({ session }, input) => previewRecordImport(session.context(), input.kind, input.path, { mapping: input.mapping, skipExisting: input.skipExisting }) },
  'import:records': {
    run: ({ session }, input) => runRecordImport(session.context(), input.kind, input.path, { mapping: input.mapping, dryRun: input.dryRun, skipExisting: input.skipExisting }),
    changes: ['assets', 'risks', 'soa', 'change-log'],
  },

  ...contextHandlers,
  ...objectivesHandlers,
  ...documentsHandlers,
  ...auditHandlers,
  ...reviewHandlers,
  ...readinessHandlers,
  ...packageHandlers,
  ...soc2Handlers,
  ...advisorHandlers,
  ...dashboardHandlers,
};
