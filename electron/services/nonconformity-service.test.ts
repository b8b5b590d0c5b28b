import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { BLANK_AUDIT } from '../../shared/domain/audit';
import { BLANK_NONCONFORMITY, type NonconformityInput } from '../../shared/domain/nonconformity';
import { listChanges } from '../repositories/change-log-repo';
import { createAudit, createFinding, readAuditOverview } from './audit-service';
import {
  createNonconformity,
  deleteNonconformity,
  listNonconformityRegister,
  raiseNonconformityFromFinding,
  updateNonconformity,
} from './nonconformity-service';
import { updateSoaEntry } from './soa-service';

const tempDir = useTempDir();

const nc = (over: Partial<NonconformityInput> = {}): NonconformityInput => ({
  ...BLANK_NONCONFORMITY,
  source: 'incident',
  sourceRef: 'INC-2026-007',
  raisedOn: '2026-10-02',
  description: 'Invoice export sent to the wrong customer contact.',
  ...over,
});

function auditWithFinding(ctx: Parameters<typeof createAudit>[0], type: 'minor' | 'observation' = 'minor') {
  const audit = createAudit(ctx, { ...BLANK_AUDIT, title: 'Audit', plannedStart: '2026-09-14', plannedEnd: '2026-09-18' });
  return createFinding(ctx, {
    auditId: audit.id,
    type,
    clause: '7.2',
    control: '6.3',
    description: 'Two starters completed induction training late.',
    evidence: 'Learning platform report',
    nonconformityId: null,
  });
}

describe('nonconformity register', () => {
  it('numbers nonconformities and logs every change', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const first = createNonconformity(ctx, nc());
    const second = createNonconformity(ctx, nc({ source: 'complaint', sourceRef: 'CS-1182' }));
    expect([first.ref, second.ref]).toEqual(['NC-001', 'NC-002']);
    updateNonconformity(ctx, first.id, { rootCause: 'Contact list not checked', owner: ' Head of Customer Success ' });
    expect(listNonconformityRegister(ctx)[0]).toMatchObject({ rootCause: 'Contact list not checked', owner: 'Head of Customer Success' });
    const fields = listChanges(ctx.db, { area: 'nonconformity', recordId: 'NC-001', limit: 20 }).map((c) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['created', 'rootCause', 'owner']));
    session.close();
  });

  it('closes a nonconformity only after an effectiveness review that found the action effective', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const { id } = createNonconformity(ctx, nc({ correctiveAction: 'Two-person check on exports', status: 'implemented' }));
    expect(() => updateNonconformity(ctx, id, { status: 'closed' })).toThrow('Record the effectiveness review');
    expect(() => updateNonconformity(ctx, id, { status: 'closed', effectivenessResult: 'not-effective' })).toThrow('not effective');
    // A result without a date is a review held today (the test clock's day).
    const reviewed = updateNonconformity(ctx, id, { effectivenessResult: 'effective' });
    expect(reviewed.effectivenessReviewedOn).toBe('2026-11-20');
    expect(updateNonconformity(ctx, id, { status: 'closed' }).status).toBe('closed');
    // Once closed, the review cannot be undone without reopening.
    expect(() => updateNonconformity(ctx, id, { effectivenessResult: null, effectivenessReviewedOn: null })).toThrow('Record the effectiveness review');
    expect(updateNonconformity(ctx, id, { status: 'implemented', effectivenessResult: null }).status).toBe('implemented');
    session.close();
  });

  it('refuses dates before the nonconformity was raised', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    expect(() => createNonconformity(ctx, nc({ dueDate: '2026-09-30' }))).toThrow('cannot be due before');
    expect(() => createNonconformity(ctx, nc({ effectivenessReviewedOn: '2026-09-30' }))).toThrow('cannot be dated before');
    expect(() => createNonconformity(ctx, nc({ description: ' ' }))).toThrow('Describe the nonconformity');
    session.close();
  });
});

describe('raising a nonconformity from a finding', () => {
  it('creates the record from the finding in one step and links it', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    updateSoaEntry(ctx, '6.3', { owner: 'Head of People' });
    const finding = auditWithFinding(ctx);
    expect(readAuditOverview(ctx).unlinkedFindings).toEqual([finding.ref]);
    const raised = raiseNonconformityFromFinding(ctx, finding.id);
    expect(raised.nonconformity).toMatchObject({
      ref: 'NC-001',
      source: 'audit',
      sourceRef: 'IA-2026-01-F01',
      raisedOn: '2026-11-20',
      description: 'Two starters completed induction training late.',
      owner: 'Head of People',
      status: 'open',
      findingRefs: ['IA-2026-01-F01'],
    });
    expect(raised.finding.nonconformityId).toBe(raised.nonconformity.id);
    expect(readAuditOverview(ctx).unlinkedFindings).toEqual([]);
    expect(listChanges(ctx.db, { area: 'audit-finding', recordId: finding.ref, limit: 10 }).map((c) => c.field)).toContain('nonconformityId');
    expect(() => raiseNonconformityFromFinding(ctx, finding.id)).toThrow('already linked to NC-001 (open)');
    session.close();
  });

  it('raises records only for major and minor nonconformities', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const finding = auditWithFinding(ctx, 'observation');
    expect(() => raiseNonconformityFromFinding(ctx, finding.id)).toThrow('only a major or minor nonconformity');
    expect(listNonconformityRegister(ctx)).toEqual([]);
    session.close();
  });

  it('unlinks the finding when its nonconformity is deleted, so it is flagged again', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const finding = auditWithFinding(ctx);
    const { nonconformity } = raiseNonconformityFromFinding(ctx, finding.id);
    deleteNonconformity(ctx, nonconformity.id);
    const overview = readAuditOverview(ctx);
    expect(overview.findings[0]!.nonconformityId).toBeNull();
    expect(overview.unlinkedFindings).toEqual([finding.ref]);
    session.close();
  });
});
