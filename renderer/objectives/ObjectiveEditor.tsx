import { forwardRef, useState } from 'react';
import {
  OBJECTIVE_STATUSES,
  OBJECTIVE_STATUS_LABELS,
  TARGET_DIRECTIONS,
  TARGET_DIRECTION_LABELS,
  formatMeasure,
  formatTarget,
  type MeasurementInput,
  type Objective,
  type ObjectiveInput,
  type ObjectiveStatus,
  type TargetDirection,
} from '../../shared/domain/objectives';
import { assessObjective } from '../../shared/rules/objective-status';
import { formatDate, todayIso } from '../app/format';
import { DraftField } from '../components/DraftField';
import { commitKeys, useDraft } from '../components/use-draft';
import { MeasurementsPanel, parseValue } from './MeasurementsPanel';
import { StandingChip } from './StandingChip';

interface Props {
  objective: Objective;
  owners: string[];
  onSave(patch: Partial<ObjectiveInput>): Promise<boolean>;
  onDelete(): Promise<boolean>;
  onAddMeasurement(measurement: MeasurementInput): Promise<boolean>;
  onDeleteMeasurement(id: number): Promise<boolean>;
}

type TextField = 'unit';

export const ObjectiveEditor = forwardRef<HTMLTextAreaElement, Props>(function ObjectiveEditor(props, objectiveRef) {
  const { objective, onSave } = props;
  const text = useDraft(objective.objective);
  const target = useDraft(objective.targetValue === null ? '' : String(objective.targetValue));
  const unit = useDraft(objective.unit);
  const [error, setError] = useState<{ field: 'objective' | 'target'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const assessment = assessObjective(objective, todayIso());

  const saveText = (field: TextField, draft: { draft: string; dirty: boolean }) => {
    if (draft.dirty) void onSave({ [field]: draft.draft.trim() });
  };
  const saveObjective = () => {
    if (!text.dirty) return setError(null);
    if (text.draft.trim() === '') {
      text.reset();
      return setError({ field: 'objective', text: 'An objective cannot be empty: the previous wording was kept.' });
    }
    setError(null);
    void onSave({ objective: text.draft.trim() });
  };
  const saveTarget = () => {
    if (!target.dirty) return setError(null);
    if (target.draft.trim() === '') return void onSave({ targetValue: null, targetDirection: null });
    const value = parseValue(target.draft);
    if (value === null) {
      target.reset();
      return setError({ field: 'target', text: 'The target must be a number: the previous target was kept.' });
    }
    setError(null);
    void onSave({ targetValue: value, targetDirection: objective.targetDirection ?? 'at-least' });
  };
  const changeDirection = (value: string) => {
    if (value === '') void onSave({ targetValue: null, targetDirection: null });
    else void onSave({ targetDirection: value as TargetDirection });
  };

  const latest = assessment.latest;
  return (
    <article className="control-editor objectives-editor" aria-label={`Edit ${objective.ref}`}>
      <header>
        <span className="control-id">
          {objective.ref} <StandingChip assessment={assessment} status={objective.status} />
        </span>
      </header>

      {assessment.standing === 'off-target' && latest && (
        <p className="objectives-alert" role="note">
          Off target: the latest result, {formatMeasure(latest.value, objective.unit)} on {formatDate(latest.measuredOn)}, misses the target of{' '}
          {formatTarget(objective).toLowerCase()}.
        </p>
      )}
      {assessment.pastDue && (
        <p className="objectives-alert" role="note">
          Past its due date ({formatDate(objective.dueDate)}) and still active: mark it achieved or retired, or set a new date.
        </p>
      )}

      <label className="field">
        <span>Objective</span>
        <textarea
          ref={objectiveRef}
          rows={3}
          value={text.draft}
          aria-invalid={error?.field === 'objective' || undefined}
          onChange={(e) => text.setDraft(e.target.value)}
          onBlur={saveObjective}
          onKeyDown={commitKeys(text.reset, true)}
        />
      </label>
      {error?.field === 'objective' && <span className="input-error">{error.text}</span>}

      <DraftField label="Measure" rows={2} value={objective.measure} placeholder="What is measured and where the figure comes from" onSave={(measure) => void onSave({ measure })} />

      <div className="field-row objectives-target-row">
        <label className="field">
          <span>Target</span>
          <select aria-label="Target direction" value={objective.targetDirection ?? ''} onChange={(e) => changeDirection(e.target.value)}>
            {TARGET_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {TARGET_DIRECTION_LABELS[d]}
              </option>
            ))}
            <option value="">No numeric target</option>
          </select>
        </label>
        <label className="field">
          <span>Target value</span>
          <input
            inputMode="decimal"
            value={target.draft}
            disabled={objective.targetDirection === null}
            aria-invalid={error?.field === 'target' || undefined}
            onChange={(e) => target.setDraft(e.target.value)}
            onBlur={saveTarget}
            onKeyDown={commitKeys(target.reset)}
          />
        </label>
        <label className="field">
          <span>Unit</span>
          <input value={unit.draft} placeholder="%, days, hours" maxLength={40} onChange={(e) => unit.setDraft(e.target.value)} onBlur={() => saveText('unit', unit)} onKeyDown={commitKeys(unit.reset)} />
        </label>
      </div>
      {error?.field === 'target' && <span className="input-error">{error.text}</span>}
      {!assessment.measurable && objective.status === 'active' && (
        <span className="field-hint warn">Not measurable yet: give it a measure and a numeric target, or say in the evaluation how progress is judged.</span>
      )}

      <div className="field-row">
        <DraftField label="Owner" value={objective.owner} placeholder="Accountable role" suggestions={props.owners} onSave={(owner) => void onSave({ owner })} />
        <label className="field">
          <span>Due date</span>
          <input type="date" value={objective.dueDate ?? ''} aria-invalid={assessment.pastDue || undefined} onChange={(e) => void onSave({ dueDate: e.target.value === '' ? null : e.target.value })} />
        </label>
        <label className="field">
          <span>Status</span>
          <select value={objective.status} onChange={(e) => void onSave({ status: e.target.value as ObjectiveStatus })}>
            {OBJECTIVE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {OBJECTIVE_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>

      <DraftField label="Resources" rows={2} value={objective.resources} placeholder="People, budget and tools committed" onSave={(resources) => void onSave({ resources })} />
      <DraftField
        label="How results are evaluated"
        rows={2}
        value={objective.evaluation}
        placeholder="Who reviews the results, how often, and what happens when a target is missed"
        onSave={(evaluation) => void onSave({ evaluation })}
      />

      <MeasurementsPanel objective={objective} onAdd={props.onAddMeasurement} onDelete={props.onDeleteMeasurement} />

      <section className="delete-zone" aria-label="Delete objective">
        {confirming ? (
          <div className="confirm-box" role="alertdialog" aria-label="Confirm deletion">
            <p>
              <strong>Delete {objective.ref}?</strong>
            </p>
            <p>
              {objective.measurements.length === 0
                ? 'It has no recorded results.'
                : `Its ${objective.measurements.length} recorded ${objective.measurements.length === 1 ? 'result goes' : 'results go'} with it.`}{' '}
              The change log keeps a record. To keep the history, mark it retired instead.
            </p>
            <span className="field-actions">
              <button type="button" className="danger" onClick={() => void props.onDelete()}>
                Delete objective
              </button>
              <button type="button" onClick={() => setConfirming(false)} autoFocus>
                Cancel
              </button>
            </span>
          </div>
        ) : (
          <button type="button" className="danger-link" onClick={() => setConfirming(true)}>
            Delete objective…
          </button>
        )}
      </section>
    </article>
  );
});
