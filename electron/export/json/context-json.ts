import { listContextIssues } from '../../repositories/context-repo';
import { listInterestedParties } from '../../repositories/party-repo';
import { listIsmsRoles } from '../../repositories/role-repo';
import { getScope } from '../../repositories/scope-repo';
import type { WorkbookContext } from '../../services/workbook-context';

/** This area's top-level keys in the `json` export (see docs/json-export.md). */
export function contextJson(ctx: WorkbookContext): Record<string, unknown> {
  return {
    contextIssues: listContextIssues(ctx.db),
    interestedParties: listInterestedParties(ctx.db),
    ismsScope: getScope(ctx.db),
    ismsRoles: listIsmsRoles(ctx.db),
  };
}
