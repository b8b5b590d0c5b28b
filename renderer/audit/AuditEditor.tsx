import { forwardRef, useState } from 'react';
import { AUDIT_STATUSES, AUDIT_STATUS_LABELS, DEFAULT_AUDIT_CRITERIA, type Audit, type AuditInput, type AuditStatus } from '../../shared/domain/audit';
import type { AuditOverview } from '../../shared/ipc/contract-audit';
import { RequiredTextField } from '../components/RequiredTextField';
import { DraftField } from '../components/DraftField';
import { ChipListField } from './ChipListField';
import { DateField } from './DateField';
import { CLAUSE_OPTIONS, TOP_LEVEL_CLAUSE_IDS, concernsOf, controlOptions, flaggedAuditors, parseClause, parseControl, showControl } from './audit-view';

interface Props {
  audit: Audit;
  overview: AuditOverview;
  /** People already named in the programme, offered while typing. */
  people: string[];
  onSave(patch: Partial<AuditInput>): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

/** The plan of one audit: title, status, dates, people, scope and criteria, what it covers, and the conclusion. */
export const AuditEditor = forwardRef<HTMLInputElement, Props>(function AuditEditor({ audit, overview, people, onSave, onDelete }, titleRef) {
  const [confirming, setConfirming] = useState(false);
  const concerns = concernsOf(overview, audit);
  const applicable = overview.coverage.controls.map((c) => c.id);
  const unplannedClauses = overview.coverage.unplannedClauses.filter((id) => !audit.clauses.includes(id));
  const unplannedControls = overview.coverage.unplannedControls.filter((id) => !audit.controls.includes(id));
  const findingCount = overview.findings.filter((f) => f.auditId === audit.id).length;

  return (
    <div className="audit-plan">
      <RequiredTextField ref={titleRef} label="Title" value={audit.title} emptyMessage="An audit needs a title: the previous title was kept." onSave={(title) => void onSave({ title })} />

      <div className="field-row">
        <label className="field">
          <span>Status</span>
          <select value={audit.status} onChange={(e) => void onSave({ status: e.target.value as AuditStatus })}>
            {AUDIT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {AUDIT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Starts</span>
          <DateField label="Starts" value={audit.plannedStart} max={audit.plannedEnd} onCommit={(v) => void onSave({ plannedStart: v })} />
        </label>
        <label className="field">
          <span>Ends</span>
          <DateField label="Ends" value={audit.plannedEnd} min={audit.plannedStart} onCommit={(v) => void onSave({ plannedEnd: v })} />
        </label>
      </div>

      <ChipListField
        label="Auditors"
        values={audit.auditors}
        options={people.map((p) => ({ value: p, label: p }))}
        placeholder="Name, organisation or role, e.g. Priya Natarajan, Halden Assurance"
        flagged={flaggedAuditors(concerns.independence)}
        commaSeparates={false}
        onChange={(auditors) => void onSave({ auditors })}
      />
      {concerns.independence.length > 0 && (
        <ul className="audit-warnings" aria-label="Independence warnings">
          {concerns.independence.map((w) => (
            <li key={`${w.auditor}-${w.concern}`}>{w.message}</li>
          ))}
        </ul>
      )}
      <ChipListField
        label="Auditees"
        values={audit.auditees}
        options={people.map((p) => ({ value: p, label: p }))}
        placeholder="People interviewed or whose work is sampled"
        commaSeparates={false}
        onChange={(auditees) => void onSave({ auditees })}
      />

      <DraftField label="Scope" rows={3} value={audit.scope} placeholder="Processes, sites, systems and period covered; on site or remote" onSave={(scope) => void onSave({ scope })} />
      <div className="field-group">
        <DraftField label="Criteria" rows={2} value={audit.criteria} placeholder="What the audit judges against: the standard, policies, contracts…" onSave={(criteria) => void onSave({ criteria })} />
        {audit.criteria.trim() === '' && (
          <button type="button" className="link-button audit-inline-action" onClick={() => void onSave({ criteria: DEFAULT_AUDIT_CRITERIA })}>
            Use the usual criteria
          </button>
        )}
      </div>

      <ChipListField
        label="Clauses"
        values={audit.clauses}
        options={CLAUSE_OPTIONS}
        parse={parseClause}
        placeholder="e.g. 4, 6.1.2, 9.2"
        onChange={(clauses) => void onSave({ clauses })}
        actions={
          <>
            <button type="button" className="link-button" onClick={() => void onSave({ clauses: TOP_LEVEL_CLAUSE_IDS })}>
              All clauses 4–10
            </button>
            {unplannedClauses.length > 0 && (
              <button type="button" className="link-button" onClick={() => void onSave({ clauses: [...audit.clauses, ...unplannedClauses] })}>
                Add the {unplannedClauses.length} not yet planned
              </button>
            )}
          </>
        }
      />
      <ChipListField
        label={`Annex A controls (${audit.controls.length})`}
        values={audit.controls}
        options={controlOptions(applicable)}
        parse={parseControl}
        display={showControl}
        placeholder="e.g. A.5.15, 8.13"
        onChange={(controls) => void onSave({ controls })}
        actions={
          <>
            <button type="button" className="link-button" onClick={() => void onSave({ controls: applicable })}>
              All applicable
            </button>
            {unplannedControls.length > 0 && (
              <button type="button" className="link-button" onClick={() => void onSave({ controls: [...audit.controls, ...unplannedControls] })}>
                Add the {unplannedControls.length} not yet planned
              </button>
            )}
            {audit.controls.length > 0 && (
              <button type="button" className="link-button" onClick={() => void onSave({ controls: [] })}>
                Clear
              </button>
            )}
          </>
        }
      />

      <div className="field-group">
        <DraftField label="Conclusion" rows={4} value={audit.conclusion} placeholder="The auditor’s overall judgement: does the ISMS conform and is it effective?" onSave={(conclusion) => void onSave({ conclusion })} />
        {audit.status === 'completed' && audit.conclusion.trim() === '' && <span className="field-hint warn">Completed without a conclusion: the report will say so.</span>}
      </div>

      <section className="delete-zone" aria-label="Delete audit">
        {confirming ? (
          <div className="confirm-box" role="alertdialog" aria-label="Confirm deletion">
            <p>
              <strong>
                Delete {audit.ref} “{audit.title}”?
              </strong>
            </p>
            <p>
              {findingCount === 0
                ? 'It has no findings.'
                : `Its ${findingCount} ${findingCount === 1 ? 'finding goes' : 'findings go'} with it; nonconformities raised from them stay in the register.`}
            </p>
            <span className="field-actions">
              <button type="button" className="danger" onClick={() => void onDelete()}>
                Delete audit
              </button>
              <button type="button" onClick={() => setConfirming(false)} autoFocus>
                Cancel
              </button>
            </span>
          </div>
        ) : (
          <button type="button" className="danger-link" onClick={() => setConfirming(true)}>
            Delete audit…
          </button>
        )}
      </section>
    </div>
  );
});
