import type { CoreChannel, OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import type { WorkbookArea } from '../../shared/domain/workbook';
import type { WorkbookSession } from '../workbook-session';
import { listChanges } from '../repositories/change-log-repo';
import { readLogoDataUrl, readOrganisation, replaceLogo, updateOrganisation } from '../services/organisation-service';
import { bulkUpdateSoa, listSoa, updateSoaEntry } from '../services/soa-service';
import { addRevision, readDocumentControl, updateDocumentControl } from '../services/document-control-service';
import { workbookCounts } from '../services/workbook-service';
import { listExportKinds } from '../export/export-registry';
import { runExport } from '../export/export-service';
import { importSoa } from '../import/soa-import';

export interface HandlerContext {
  session: WorkbookSession;
}

interface Handler<K extends CoreChannel> {
  run(ctx: HandlerContext, input: ParsedInputOf<K>): OutputOf<K> | Promise<OutputOf<K>>;
  /** Areas a successful call changes; the caller announces them so each store refetches only its own. */
  changes?: readonly WorkbookArea[];
}

export type HandlerTable = { [K in CoreChannel]: Handler<K> };

const ALL: readonly WorkbookArea[] = ['workbook', 'organisation', 'soa', 'document-control', 'change-log'];

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

  'export:list': { run: () => listExportKinds() },
  'export:run': { run: ({ session }, input) => runExport(session.context(), input.kind, input.path) },
  'import:soa': {
    run: ({ session }, input) => importSoa(session.context(), input.path, { dryRun: input.dryRun }),
    changes: ['soa', 'change-log'],
  },
};
