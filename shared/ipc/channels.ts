import type { ChannelName } from './contract';
import { CONTEXT_CHANNELS } from './channels-context';
import { OBJECTIVES_CHANNELS } from './channels-objectives';
import { DOCUMENTS_CHANNELS } from './channels-documents';
import { AUDIT_CHANNELS } from './channels-audit';
import { REVIEW_CHANNELS } from './channels-review';
import { DASHBOARD_CHANNELS } from './channels-dashboard';
import { ADVISOR_CHANNELS } from './channels-advisor';
import { SOC2_CHANNELS } from './channels-soc2';
import { PACKAGE_CHANNELS } from './channels-package';
import { READINESS_CHANNELS } from './channels-readiness';

/**
 * The channel names as a plain list, for the preload bundle (which must not carry zod).
 * A test checks it matches the contract's keys.
 */
export const CHANNEL_NAMES = [
  'workbook:current',
  'workbook:create',
  'workbook:open',
  'workbook:saveAs',
  'workbook:close',
  'workbook:recent',
  'workbook:counts',
  'organisation:get',
  'organisation:update',
  'organisation:setLogo',
  'organisation:getLogo',
  'soa:list',
  'soa:update',
  'soa:bulkUpdate',
  'soa:riskLinks',
  'riskMethod:get',
  'riskMethod:preview',
  'riskMethod:apply',
  'asset:list',
  'asset:create',
  'asset:update',
  'asset:delete',
  'risk:list',
  'risk:create',
  'risk:update',
  'risk:delete',
  'action:list',
  'action:create',
  'action:update',
  'action:delete',
  'documentControl:get',
  'documentControl:update',
  'documentControl:addRevision',
  'changeLog:list',
  'export:list',
  'export:run',
  'import:soa',
  'import:preview',
  'import:records',
  'dialog:openWorkbook',
  'dialog:saveWorkbook',
  'dialog:exportPath',
  'dialog:importFile',
  'dialog:packageFolder',
  'shell:showItem',
  ...CONTEXT_CHANNELS,
  ...OBJECTIVES_CHANNELS,
  ...DOCUMENTS_CHANNELS,
  ...AUDIT_CHANNELS,
  ...REVIEW_CHANNELS,
  ...DASHBOARD_CHANNELS,
  ...ADVISOR_CHANNELS,
  ...SOC2_CHANNELS,
  ...PACKAGE_CHANNELS,
  ...READINESS_CHANNELS,
] as const satisfies readonly ChannelName[];

export const CHANGED_EVENT = 'workbook:changed';
export const MENU_EVENT = 'menu:command';
export const PROGRESS_EVENT = 'task:progress';
