import { useState } from 'react';
import type { CertificationMilestone, CertificationPlan } from '../../shared/domain/certification';
import { certificationCycle, suggestCycleDates } from '../../shared/rules/certification-cycle';
import { CertificationForm } from './CertificationForm';
import { CycleTimeline } from './CycleTimeline';
import { CardError, CardSkeleton, DashboardCard } from './DashboardCard';
import type { Loaded } from './use-loaded';

interface Editing {
  plan: CertificationPlan;
  suggested: CertificationMilestone[];
}

/** The certification cycle on a timeline from the dates the user enters, with the form to enter them. */
export function CertificationCard({ plan, today }: { plan: Loaded<CertificationPlan> & { retry(): void }; today: string }) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const value = plan.status === 'ready' ? plan.value : null;
  const suggestions = value ? suggestCycleDates(value) : {};
  const suggestable = Object.keys(suggestions) as CertificationMilestone[];
  const empty = value !== null && Object.values(value).every((v) => v === null || v === '');

  return (
    <DashboardCard
      title="Certification cycle"
      area="cycle"
      busy={plan.status === 'loading'}
      badge={value?.certificationBody ? <span className="muted cert-body">with {value.certificationBody}</span> : null}
      action={
        value &&
        !editing && (
          <button type="button" onClick={() => setEditing({ plan: value, suggested: [] })}>
            Edit dates
          </button>
        )
      }
    >
      {plan.status === 'loading' && <CardSkeleton lines={3} />}
      {plan.status === 'error' && <CardError what="The certification plan" message={plan.message} onRetry={plan.retry} />}
      {value && editing && <CertificationForm initial={editing.plan} suggested={editing.suggested} onDone={() => setEditing(null)} />}
      {value && !editing && <Timeline plan={value} today={today} />}
      {value && !editing && empty && (
        <p className="dash-hint">
          Enter the audit dates your certification body has proposed to follow Stage 1, Stage 2, the yearly surveillance audits and
          recertification here.{' '}
          <button type="button" className="link-button" onClick={() => setEditing({ plan: value, suggested: [] })}>
            Enter dates
          </button>
        </p>
      )}
      {value && !editing && suggestable.length > 0 && (
        <p className="dash-hint">
          The surveillance and recertification dates can be suggested from Stage 2.{' '}
          <button type="button" className="link-button" onClick={() => setEditing({ plan: { ...value, ...suggestions }, suggested: suggestable })}>
            Suggest dates
          </button>
        </p>
      )}
    </DashboardCard>
  );
}

function Timeline({ plan, today }: { plan: CertificationPlan; today: string }) {
  const cycle = certificationCycle(plan, today);
  return (
    <>
      <CycleTimeline cycle={cycle} today={today} />
      {cycle.notes.length > 0 && (
        <ul className="cycle-notes" aria-label="Dates to check">
          {cycle.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
