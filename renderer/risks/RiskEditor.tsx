import { useState } from 'react';
import { controlById } from '../../shared/catalog/annex-a';
import { RISK_STATUSES, RISK_STATUS_LABELS, TREATMENT_OPTIONS, TREATMENT_OPTION_LABELS, type Asset, type Risk, type RiskInput } from '../../shared/domain/risk';
import type { RiskMethod } from '../../shared/domain/risk-method';
import type { SoaEntry } from '../../shared/domain/soa';
import { parseControlList } from '../../shared/rules/control-id';
import { acceptanceProblems, isAboveAcceptance, levelFor } from '../../shared/rules/risk-scoring';
import { ChipPicker } from './ChipPicker';
import { RiskActions } from './RiskActions';
import { ScorePicker } from './ScorePicker';
import { useDraft } from '../components/use-draft';

interface Props {
  method: RiskMethod;
  risk: Risk;
  assets: Asset[];
  owners: string[];
  soa: Map<string, SoaEntry>;
  onSave(patch: Partial<RiskInput>): Promise<boolean>;
  onDelete(): void;
}

function TextField({ label, value, rows, onSave, placeholder }: { label: string; value: string; rows?: number; placeholder?: string; onSave(v: string): void }) {
  const { draft, setDraft, dirty } = useDraft(value);
  const commit = () => dirty && onSave(draft.trim());
  return (
    <label className="field">
      <span>{label}</span>
      {rows ? (
        <textarea rows={rows} value={draft} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
      ) : (
        <input value={draft} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      )}
    </label>
  );
}

/** Every field of one risk, saved as it changes; acceptance appears when the residual level needs it. */
export function RiskEditor({ method, risk, assets, owners, soa, onSave, onDelete }: Props) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const save = (patch: Partial<RiskInput>) => void onSave(patch);
  const assetById = new Map(assets.map((a) => [a.id, a]));
  const residualLevel = levelFor(method, risk.residualLikelihood, risk.residualImpact);
  const needsAcceptance = isAboveAcceptance(method, residualLevel) || risk.treatment === 'retain';
  const problems = acceptanceProblems(method, risk);

  return (
    <article className="risk-editor" aria-label={`Edit ${risk.ref}`}>
      <header>
        <span className="control-id">{risk.ref}</span>
        <TextField label="Title" value={risk.title} onSave={(title) => title && save({ title })} />
      </header>
      <TextField label="Description" value={risk.description} rows={3} onSave={(description) => save({ description })} placeholder="What could happen, to what, and with what consequence" />
      <ChipPicker
        label="Assets"
        placeholder="Type an asset name or AS-number"
        chips={risk.assetIds.map((id) => ({ id: String(id), label: assetById.get(id) ? `${assetById.get(id)!.ref} ${assetById.get(id)!.name}` : `#${id}` }))}
        options={assets.map((a) => ({ value: String(a.id), label: `${a.ref} ${a.name}` }))}
        onAdd={(value) => !risk.assetIds.includes(Number(value)) && save({ assetIds: [...risk.assetIds, Number(value)] })}
        onRemove={(id) => save({ assetIds: risk.assetIds.filter((a) => a !== Number(id)) })}
      />
      <div className="field-row">
        <TextField label="Threat" value={risk.threat} rows={2} onSave={(threat) => save({ threat })} />
        <TextField label="Vulnerability" value={risk.vulnerability} rows={2} onSave={(vulnerability) => save({ vulnerability })} />
      </div>
      <div className="field-row">
        <label className="field">
          <span>Risk owner</span>
          <OwnerInput value={risk.owner} owners={owners} onSave={(owner) => save({ owner })} />
        </label>
        <label className="field">
          <span>Status</span>
          <select value={risk.status} onChange={(e) => save({ status: e.target.value as Risk['status'] })}>
            {RISK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {RISK_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <TextField label="Existing controls" value={risk.existingControls} rows={2} onSave={(existingControls) => save({ existingControls })} />
      <ScorePicker method={method} label="Inherent risk" likelihood={risk.inherentLikelihood} impact={risk.inherentImpact} onChange={(v) => save({ inherentLikelihood: v.likelihood, inherentImpact: v.impact })} />
      <label className="field">
        <span>Treatment option</span>
        <select value={risk.treatment ?? ''} onChange={(e) => save({ treatment: (e.target.value || null) as Risk['treatment'] })}>
          <option value="">Not decided</option>
          {TREATMENT_OPTIONS.map((t) => (
            <option key={t} value={t}>
              {TREATMENT_OPTION_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <ChipPicker
        label="Annex A controls"
        placeholder="e.g. A.8.7, 8.8; A 5.15"
        chips={risk.controlIds.map((id) => ({
          id,
          label: `A.${id} ${controlById(id)?.title ?? ''}`,
          warning: soa.get(id)?.applicable === false ? `A.${id} is marked not applicable in the SoA, yet this risk relies on it.` : undefined,
        }))}
        options={[]}
        parse={(text) => {
          const { ids, invalid } = parseControlList(text);
          return { values: ids, invalid };
        }}
        onAdd={(id) => !risk.controlIds.includes(id) && save({ controlIds: [...risk.controlIds, id] })}
        onRemove={(id) => save({ controlIds: risk.controlIds.filter((c) => c !== id) })}
      />
      <ScorePicker method={method} label="Residual risk" likelihood={risk.residualLikelihood} impact={risk.residualImpact} onChange={(v) => save({ residualLikelihood: v.likelihood, residualImpact: v.impact })} />
      {needsAcceptance && (
        <fieldset className="acceptance">
          <legend>Acceptance of residual risk</legend>
          {problems.map((p) => (
            <p key={p} className="field-error" role="note">
              {p}
            </p>
          ))}
          <div className="field-row">
            <TextField label="Accepted by" value={risk.acceptedBy} onSave={(acceptedBy) => save({ acceptedBy })} />
            <label className="field">
              <span>Accepted on</span>
              <input type="date" value={risk.acceptedOn ?? ''} onChange={(e) => save({ acceptedOn: e.target.value || null })} />
            </label>
          </div>
          <TextField label="Rationale" value={risk.acceptanceRationale} rows={2} onSave={(acceptanceRationale) => save({ acceptanceRationale })} />
        </fieldset>
      )}
      <label className="field">
        <span>Next review</span>
        <input type="date" value={risk.nextReview ?? ''} onChange={(e) => save({ nextReview: e.target.value || null })} />
      </label>
      <RiskActions risk={risk} />
      <footer className="danger-zone">
        {confirmDelete ? (
          <>
            <span>Delete {risk.ref} and its treatment actions?</span>
            <button type="button" className="danger" onClick={onDelete}>
              Delete
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" className="link-button" onClick={() => setConfirmDelete(true)}>
            Delete risk…
          </button>
        )}
      </footer>
    </article>
  );
}

function OwnerInput({ value, owners, onSave }: { value: string; owners: string[]; onSave(v: string): void }) {
  const { draft, setDraft, dirty } = useDraft(value);
  return (
    <>
      <input list="risk-owners" value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={() => dirty && onSave(draft.trim())} />
      <datalist id="risk-owners">
        {owners.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </>
  );
}
