import type { ChannelName } from './contract';

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
  'documentControl:get',
  'documentControl:update',
  'documentControl:addRevision',
  'changeLog:list',
  'export:list',
  'export:run',
  'import:soa',
  'dialog:openWorkbook',
  'dialog:saveWorkbook',
  'dialog:exportPath',
  'dialog:importFile',
  'shell:showItem',
] as const satisfies readonly ChannelName[];

export const CHANGED_EVENT = 'workbook:changed';
export const MENU_EVENT = 'menu:command';
