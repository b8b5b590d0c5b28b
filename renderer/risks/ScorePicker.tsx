import type { RiskMethod } from '../../shared/domain/risk-method';
import { levelFor } from '../../shared/rules/risk-scoring';
import { LevelChip } from '../components/LevelChip';

interface Props {
  method: RiskMethod;
  label: string;
  likelihood: number | null;
  impact: number | null;
  onChange(value: { likelihood: number | null; impact: number | null }): void;
}

/** Likelihood and impact on the workbook's scales, with the level the matrix gives. */
export function ScorePicker({ method, label, likelihood, impact, onChange }: Props) {
  const toValue = (v: string) => (v === '' ? null : Number(v));
  return (
    <fieldset className="score-picker">
      <legend>{label}</legend>
      <label className="field">
        <span>Likelihood</span>
        <select aria-label={`${label} likelihood`} value={likelihood ?? ''} onChange={(e) => onChange({ likelihood: toValue(e.target.value), impact })}>
          <option value="">Not rated</option>
          {method.likelihood.map((l) => (
            <option key={l.value} value={l.value} title={l.criteria}>
              {l.value} {l.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Impact</span>
        <select aria-label={`${label} impact`} value={impact ?? ''} onChange={(e) => onChange({ likelihood, impact: toValue(e.target.value) })}>
          <option value="">Not rated</option>
          {method.impact.map((i) => (
            <option key={i.value} value={i.value} title={i.criteria}>
              {i.value} {i.label}
            </option>
          ))}
        </select>
      </label>
      <div className="score-result" aria-live="polite">
        <LevelChip method={method} level={levelFor(method, likelihood, impact)} />
      </div>
    </fieldset>
  );
}
