import { useState, type FormEvent } from 'react';
import {
  CERTIFICATION_MILESTONES,
  CERTIFICATION_MILESTONE_LABELS,
  certificationPlanSchema,
  type CertificationMilestone,
  type CertificationPlan,
} from '../../shared/domain/certification';
import { suggestCycleDates } from '../../shared/rules/certification-cycle';
import { call } from '../api/isms-client';
import { attempt } from '../app/attempt';
import { notify } from '../app/notice-store';

interface Props {
  initial: CertificationPlan;
  /** Milestones whose dates in `initial` were suggested rather than entered, to mark them until changed. */
  suggested?: readonly CertificationMilestone[];
  onDone(): void;
}

type Errors = Partial<Record<keyof CertificationPlan, string>>;

function validate(plan: CertificationPlan): Errors {
  const result = certificationPlanSchema.safeParse(plan);
  if (result.success) return {};
  const errors: Errors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof CertificationPlan | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** The dates agreed with the certification body; checked for order as they are typed and saved together. */
export function CertificationForm({ initial, suggested = [], onDone }: Props) {
  const [draft, setDraft] = useState(initial);
  const [marked, setMarked] = useState<readonly CertificationMilestone[]>(suggested);
  const [busy, setBusy] = useState(false);
  const errors = validate(draft);
  const invalid = Object.keys(errors).length > 0;
  const suggestions = suggestCycleDates(draft);
  const canSuggest = Object.keys(suggestions).length > 0;

  const setDate = (milestone: CertificationMilestone, value: string) => {
    setDraft({ ...draft, [milestone]: value === '' ? null : value });
    setMarked(marked.filter((m) => m !== milestone));
  };

  const suggest = () => {
    setDraft({ ...draft, ...suggestions });
    setMarked([...marked, ...(Object.keys(suggestions) as CertificationMilestone[])]);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (invalid || busy) return;
    setBusy(true);
    const saved = await attempt(() => call('certification:update', { plan: draft }));
    setBusy(false);
    if (saved) {
      notify({ tone: 'success', text: 'Saved the certification dates.' });
      onDone();
    }
  };

  return (
    <form className="cert-form" aria-label="Certification dates" onSubmit={(e) => void save(e)} noValidate>
      <label className="field cert-body-field">
        <span>Certification body</span>
        <input
          value={draft.certificationBody}
          maxLength={120}
          placeholder="The accredited body that will audit, e.g. Brightwater Certification Ltd"
          onChange={(e) => setDraft({ ...draft, certificationBody: e.target.value })}
        />
      </label>
      <div className="cert-dates">
        {CERTIFICATION_MILESTONES.map((milestone) => {
          const error = errors[milestone];
          const errorId = `cert-${milestone}-error`;
          return (
            <label key={milestone} className={`field cert-date${error ? ' has-error' : ''}`}>
              <span>
                {CERTIFICATION_MILESTONE_LABELS[milestone]}
                {marked.includes(milestone) && draft[milestone] && <em className="suggested-tag">suggested</em>}
              </span>
              <input
                type="date"
                value={draft[milestone] ?? ''}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(e) => setDate(milestone, e.target.value)}
              />
              {error && (
                <span className="field-error" id={errorId} role="alert">
                  {error}
                </span>
              )}
            </label>
          );
        })}
      </div>
      <div className="cert-form-actions">
        <button type="submit" className="primary" disabled={busy || invalid}>
          Save dates
        </button>
        <button type="button" onClick={onDone} disabled={busy}>
          Cancel
        </button>
        <span className="spacer" />
        {canSuggest ? (
          <button type="button" onClick={suggest}>
            Suggest the later audits from Stage 2
          </button>
        ) : (
          draft.stage2 === null && <span className="muted small">Enter Stage 2 to have the surveillance and recertification dates suggested.</span>
        )}
      </div>
      {marked.length > 0 && (
        <p className="muted small">
          Suggested: surveillance 12 and 24 months after Stage 2, recertification 33 months after, a quarter before the certificate expires.
          Agree them with your certification body before saving.
        </p>
      )}
    </form>
  );
}
