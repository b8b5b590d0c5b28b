import { forwardRef, useEffect, useRef, useState } from 'react';
import {
  ASSET_TYPES,
  ASSET_TYPE_LABELS,
  CIA_LABELS,
  CIA_VALUES,
  type Asset,
  type AssetInput,
  type AssetType,
  type Risk,
} from '../../shared/domain/risk';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { plural } from '../app/format';
import { DraftField } from '../components/DraftField';
import { LevelChip } from '../components/LevelChip';
import { RequiredTextField } from '../components/RequiredTextField';

interface Props {
  asset: Asset;
  relatedRisks: Risk[];
  method: RiskMethod | null;
  owners: string[];
  classificationLabels: string[];
  /** Moves focus to the type field once mounted (just after the asset was created). */
  focusType?: boolean;
  onSave(patch: Partial<AssetInput>): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

const CIA_FIELDS = [
  { key: 'confidentiality', label: 'Confidentiality' },
  { key: 'integrity', label: 'Integrity' },
  { key: 'availability', label: 'Availability' },
] as const;

export const AssetEditor = forwardRef<HTMLInputElement, Props>(function AssetEditor(props, nameRef) {
  const { asset, relatedRisks, onSave } = props;
  const [confirming, setConfirming] = useState(false);
  const typeRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (props.focusType) typeRef.current?.focus();
  }, [props.focusType]);

  // A classification no longer in the organisation's labels stays selectable, marked, until it is changed.
  const labels = props.classificationLabels;
  const unknownClassification = asset.classification !== '' && !labels.includes(asset.classification);

  return (
    <article className="control-editor asset-editor" aria-label={`Edit ${asset.ref}`}>
      <header>
        <span className="control-id">{asset.ref}</span>
        <h2>{asset.name}</h2>
      </header>

      <RequiredTextField ref={nameRef} label="Name" value={asset.name} emptyMessage="An asset needs a name: the previous name was kept." onSave={(name) => void onSave({ name })} />

      <div className="field-row">
        <label className="field">
          <span>Type</span>
          <select ref={typeRef} value={asset.type} onChange={(e) => void onSave({ type: e.target.value as AssetType })}>
            {ASSET_TYPES.map((t) => (
              <option key={t} value={t}>
                {ASSET_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Classification</span>
          <select value={asset.classification} onChange={(e) => void onSave({ classification: e.target.value })}>
            <option value="">Not classified</option>
            {labels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
            {unknownClassification && <option value={asset.classification}>{asset.classification} (not an organisation label)</option>}
          </select>
        </label>
      </div>

      <div className="field-row">
        <DraftField label="Owner" value={asset.owner} placeholder="Accountable role" suggestions={props.owners} onSave={(owner) => void onSave({ owner })} />
        <DraftField label="Location" value={asset.location} placeholder="e.g. AWS eu-west-2" onSave={(location) => void onSave({ location })} />
      </div>

      <fieldset className="cia-fields">
        <legend>Value to the organisation</legend>
        {CIA_FIELDS.map(({ key, label }) => (
          <label key={key} className="field">
            <span>{label}</span>
            <select value={asset[key]} onChange={(e) => void onSave({ [key]: Number(e.target.value) })}>
              {CIA_VALUES.map((v) => (
                <option key={v} value={v}>
                  {v} · {CIA_LABELS[v]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>

      <DraftField
        label="Description"
        value={asset.description}
        rows={3}
        placeholder="What the asset is, what it holds or does, and anything an assessor should know"
        onSave={(description) => void onSave({ description })}
      />

      <section className="related" aria-label="Related risks">
        <h3>
          Related risks <span className="muted">· {relatedRisks.length}</span>
        </h3>
        {relatedRisks.length === 0 ? (
          <p className="muted">No risk names this asset yet. Link it from a risk in the Risk register.</p>
        ) : (
          <ul className="related-list">
            {relatedRisks.map((risk) => (
              <li key={risk.id}>
                <span className="related-ref">{risk.ref}</span>
                <span className="related-title" title={risk.title}>
                  {risk.title}
                </span>
                <LevelChip method={props.method} level={risk.residualLevel} prefix="Residual level" />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="delete-zone" aria-label="Delete asset">
        {confirming ? (
          <div className="confirm-box" role="alertdialog" aria-label="Confirm deletion">
            <p>
              <strong>
                Delete {asset.ref} “{asset.name}”?
              </strong>
            </p>
            <p>
              {relatedRisks.length === 0
                ? 'No risk names this asset.'
                : `${plural(relatedRisks.length, 'risk')} will lose ${relatedRisks.length === 1 ? 'its' : 'their'} link to it; the risks stay in the register.`}
            </p>
            <span className="field-actions">
              <button type="button" className="danger" onClick={() => void props.onDelete()}>
                Delete asset
              </button>
              <button type="button" onClick={() => setConfirming(false)} autoFocus>
                Cancel
              </button>
            </span>
          </div>
        ) : (
          <button type="button" className="danger-link" onClick={() => setConfirming(true)}>
            Delete asset…
          </button>
        )}
      </section>
    </article>
  );
});
