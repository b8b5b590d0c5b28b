import { useMemo } from 'react';
import { linkedRisks } from '../../shared/domain/context';
import type { Risk } from '../../shared/domain/risk';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { LevelChip } from '../components/LevelChip';

interface Props {
  riskIds: number[];
  risks: Risk[];
  method: RiskMethod | null;
  /** False until the risk register has loaded: the picker waits, so no link is dropped by mistake. */
  ready: boolean;
  onChange(riskIds: number[]): void;
}

const byRef = (a: Risk, b: Risk) => a.ref.localeCompare(b.ref, undefined, { numeric: true });

/** The risks a context issue gives rise to: picked from the risk register, which is only read here. */
export function RiskLinks({ riskIds, risks, method, ready, onChange }: Props) {
  const linked = useMemo(() => linkedRisks({ riskIds }, risks), [riskIds, risks]);
  const available = useMemo(() => risks.filter((risk) => !linked.some((l) => l.id === risk.id)).sort(byRef), [risks, linked]);
  const current = linked.map((risk) => risk.id);

  return (
    <section className="related ctx-risk-links" aria-label="Risks this issue gives rise to">
      <h3>
        Risks it gives rise to <span className="muted">· {linked.length}</span>
      </h3>
      {linked.length === 0 ? (
        <p className="muted">No risk linked yet. Link the risks in the register that this issue causes or makes more likely.</p>
      ) : (
        <ul className="related-list">
          {linked.map((risk) => (
            <li key={risk.id} className="ctx-risk-link">
              <span className="related-ref">{risk.ref}</span>
              <span className="related-title" title={risk.title}>
                {risk.title}
              </span>
              <LevelChip method={method} level={risk.residualLevel} prefix="Residual level" />
              <button
                type="button"
                className="ctx-remove"
                aria-label={`Unlink ${risk.ref}`}
                title={`Unlink ${risk.ref}`}
                onClick={() => onChange(current.filter((id) => id !== risk.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="field">
        <select
          aria-label="Link a risk"
          value=""
          disabled={!ready || available.length === 0}
          onChange={(e) => {
            const id = Number(e.target.value);
            if (id) onChange([...current, id]);
          }}
        >
          <option value="">{!ready ? 'Loading the risk register…' : available.length === 0 ? 'Every risk is linked' : 'Link a risk from the register…'}</option>
          {available.map((risk) => (
            <option key={risk.id} value={risk.id}>
              {risk.ref} {risk.title}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
