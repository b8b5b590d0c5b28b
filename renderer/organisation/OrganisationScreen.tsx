import { useEffect, useState } from 'react';
import { ORGANISATION_SIZES, type Organisation, type OrganisationPatch } from '../../shared/domain/organisation';
import { useOrganisation } from './organisation-store';

type TextField = 'legalName' | 'shortName' | 'address' | 'industry' | 'ismsOwner' | 'defaultApprover';

function TextInput(props: {
  label: string;
  field: TextField;
  organisation: Organisation;
  onSave(patch: OrganisationPatch): void;
  multiline?: boolean;
  hint?: string;
}) {
  const saved = props.organisation[props.field];
  const [draft, setDraft] = useState(saved);
  useEffect(() => setDraft(saved), [saved]);
  const commit = () => draft !== saved && props.onSave({ [props.field]: draft });
  return (
    <label className="field">
      <span>{props.label}</span>
      {props.multiline ? (
        <textarea rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
      ) : (
        <input value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      )}
      {props.hint && <small className="muted">{props.hint}</small>}
    </label>
  );
}

export function OrganisationScreen() {
  const { organisation, logo, update, setLogo } = useOrganisation();
  const [labels, setLabels] = useState('');
  useEffect(() => setLabels(organisation?.classificationLabels.join(', ') ?? ''), [organisation?.classificationLabels]);
  if (!organisation) return <div className="loading">Loading the organisation profile…</div>;
  const save = (patch: OrganisationPatch) => void update(patch);

  return (
    <div className="screen form-screen">
      <header className="screen-header">
        <div>
          <h1>Organisation</h1>
          <p className="muted">The name, logo and document defaults printed on every exported document.</p>
        </div>
      </header>
      <div className="form-grid">
        <section className="card">
          <h2>Profile</h2>
          <TextInput label="Legal name" field="legalName" organisation={organisation} onSave={save} />
          <TextInput label="Short name" field="shortName" organisation={organisation} onSave={save} hint="Used in page headers" />
          <TextInput label="Address" field="address" organisation={organisation} onSave={save} multiline />
          <TextInput label="Industry" field="industry" organisation={organisation} onSave={save} />
          <label className="field">
            <span>Size (people)</span>
            <select value={organisation.size ?? ''} onChange={(e) => save({ size: (e.target.value || null) as Organisation['size'] })}>
              <option value="">Not set</option>
              {ORGANISATION_SIZES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <TextInput label="ISMS owner" field="ismsOwner" organisation={organisation} onSave={save} hint="Name and role" />
        </section>

        <section className="card">
          <h2>Logo</h2>
          <div className="logo-box">
            {logo ? <img src={logo} alt="Organisation logo" /> : <span className="muted">No logo yet</span>}
          </div>
          <div className="inline">
            <label className="button-like">
              {logo ? 'Replace…' : 'Choose PNG or JPEG…'}
              <input
                type="file"
                accept="image/png,image/jpeg"
                hidden
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void setLogo(file);
                  e.target.value = '';
                }}
              />
            </label>
            {logo && (
              <button type="button" onClick={() => void setLogo(null)}>
                Remove
              </button>
            )}
          </div>

          <h2>Document defaults</h2>
          <TextInput label="Default approver" field="defaultApprover" organisation={organisation} onSave={save} hint="Usually top management" />
          <label className="field">
            <span>Classification labels</span>
            <input
              value={labels}
              onChange={(e) => setLabels(e.target.value)}
              onBlur={() => {
                const list = labels.split(',').map((l) => l.trim()).filter(Boolean);
                if (list.join(', ') !== organisation.classificationLabels.join(', ')) save({ classificationLabels: list });
              }}
            />
            <small className="muted">Comma-separated, from most open to most restricted</small>
          </label>
          <label className="field">
            <span>Default classification of exported documents</span>
            <select value={organisation.defaultClassification} onChange={(e) => save({ defaultClassification: e.target.value })}>
              {organisation.classificationLabels.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Review cycle (months)</span>
            <input
              type="number"
              min={1}
              max={60}
              value={organisation.reviewCycleMonths}
              onChange={(e) => {
                const months = Number(e.target.value);
                if (Number.isInteger(months) && months >= 1 && months <= 60) save({ reviewCycleMonths: months });
              }}
            />
          </label>
        </section>
      </div>
    </div>
  );
}
