import { listAudits, listFindings, readCycle } from '../../repositories/audit-repo';
import { listNonconformities } from '../../repositories/nonconformity-repo';
import type { WorkbookContext } from '../../services/workbook-context';

/**
 * This area's top-level keys in the `json` export (see docs/json-export.md): `auditCycle` (the certification cycle
 * the programme covers), `audits` (in programme order, each with its findings) and `nonconformities` (the register).
 * Records are linked by their readable references, not by row ids.
 */
export function auditJson(ctx: WorkbookContext): Record<string, unknown> {
  const nonconformities = listNonconformities(ctx.db);
  const ncRef = new Map(nonconformities.map((nc) => [nc.id, nc.ref]));
  const findings = listFindings(ctx.db);
  return {
    auditCycle: readCycle(ctx.db),
    audits: listAudits(ctx.db).map(({ id, ...audit }) => ({
      ...audit,
      findings: findings
        .filter((f) => f.auditId === id)
        .map(({ id: _id, auditId: _auditId, nonconformityId, ...finding }) => ({
          ...finding,
          nonconformityRef: nonconformityId === null ? null : (ncRef.get(nonconformityId) ?? null),
        })),
    })),
    nonconformities: nonconformities.map(({ id: _id, ...nc }) => nc),
  };
}
