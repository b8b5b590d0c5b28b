import { useId, useState } from 'react';
import type { ImpactLevel, RiskMethod } from '../../shared/domain/risk-method';
import { issueFor, MAX_LEVELS, MIN_LEVELS, setLevelCount, updateLevel, type Axis, type DraftIssue } from './method-draft';

interface ScaleEditorProps {
  axis: Axis;
  method: RiskMethod;
  issues: DraftIssue[];
  onEdit(change: (method: RiskMethod) => RiskMethod): void;
}

const TITLES: Record<Axis, { title: string; noun: string; help: string }> = {
  likelihood: { title: 'Likelihood scale', noun: 'Likelihood', help: 'How often a risk could occur.' },
  impact: { title: 'Impact scale', noun: 'Impact', help: 'How bad the consequences would be.' },
};

const CIA = [
  ['confidentiality', 'Confidentiality'],
  ['integrity', 'Integrity'],
  ['availability', 'Availability'],
] as const;

type LevelField = 'label' | 'criteria' | 'confidentiality' | 'integrity' | 'availability';

interface LevelInputProps {
  id: string;
  /** The accessible name, e.g. "Impact 3 criteria"; the visible label is the short one. */
  name: string;
  label: string;
  value: string;
  multiline: boolean;
  error: string | undefined;
  onChange(value: string): void;
}

function LevelInput({ id, name, label, value, multiline, error, onChange }: LevelInputProps) {
  const common = {
    id,
    value,
    'aria-label': name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <div className={`field rm-field-${multiline ? 'text' : 'line'}`}>
      <label htmlFor={id} className="rm-small-label">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={multiline && label !== 'Criteria' ? 3 : 2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} maxLength={60} onChange={(e) => onChange(e.target.value)} />
      )}
      {error && (
        <small id={`${id}-error`} className="rm-field-error">
          {error}
        </small>
      )}
    </div>
  );
}

/** The levels of one scale: label and criteria, and for impact the criteria per security property. */
export function ScaleEditor({ axis, method, issues, onEdit }: ScaleEditorProps) {
  const { title, noun, help } = TITLES[axis];
  const levels = method[axis];
  const [showCia, setShowCia] = useState(false);
  const uid = useId();
  const ciaId = `${uid}-cia`;
  const count = levels.length;

  return (
    <section className="card rm-scale" aria-labelledby={`${uid}-title`}>
      <div className="rm-card-head">
        <div>
          <h2 id={`${uid}-title`}>{title}</h2>
          <p className="muted">{help}</p>
        </div>
        <div className="rm-stepper" role="group" aria-label={`Number of ${noun.toLowerCase()} levels`}>
          <button
            type="button"
            onClick={() => onEdit((m) => setLevelCount(m, axis, count - 1))}
            disabled={count <= MIN_LEVELS}
            aria-label={`Remove ${noun.toLowerCase()} level ${count}`}
            title={`Remove level ${count}`}
          >
            −
          </button>
          <output aria-live="polite" data-testid={`${axis}-count`}>
            {count} levels
          </output>
          <button
            type="button"
            onClick={() => onEdit((m) => setLevelCount(m, axis, count + 1))}
            disabled={count >= MAX_LEVELS}
            aria-label={`Add ${noun.toLowerCase()} level`}
            title={`Add level ${count + 1}`}
          >
            +
          </button>
        </div>
      </div>
      {axis === 'impact' && (
        <button
          type="button"
          className="link-button rm-disclosure"
          aria-expanded={showCia}
          aria-controls={ciaId}
          onClick={() => setShowCia((v) => !v)}
        >
          <span aria-hidden="true" className={`rm-caret${showCia ? ' open' : ''}`}>
            ▸
          </span>
          Confidentiality, integrity and availability criteria
        </button>
      )}
      <ol className="rm-levels" id={ciaId}>
        {levels.map((level, index) => {
          const name = `${noun} ${level.value}`;
          const field = (key: LevelField, label: string, multiline: boolean) => (
            <LevelInput
              key={key}
              id={`${uid}-${index}-${key}`}
              name={`${name} ${label.toLowerCase()}`}
              label={label}
              value={(level as ImpactLevel)[key]}
              multiline={multiline}
              error={issueFor(issues, axis, index, key)}
              onChange={(value) => onEdit((m) => updateLevel(m, axis, index, { [key]: value }))}
            />
          );
          return (
            <li key={level.value} className="rm-level">
              <span className="rm-level-no rm-level-badge" aria-hidden="true">
                {level.value}
              </span>
              <div className="rm-level-fields">
                {field('label', 'Label', false)}
                {field('criteria', 'Criteria', true)}
                {axis === 'impact' && showCia && <div className="rm-cia">{CIA.map(([key, label]) => field(key, label, true))}</div>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
