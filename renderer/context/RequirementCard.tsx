import { useId, useState } from 'react';
import { controlLabel } from '../../shared/catalog/annex-a';
import { isUnaddressed, parseControls, parseReferenceList, type PartyRequirement, type PartyRequirementInput } from '../../shared/domain/context';
import { commitKeys, useDraft } from '../components/use-draft';

interface Props {
  requirement: PartyRequirement;
  /** "IP-003.2": the number the documents print. */
  label: string;
  onSave(patch: Partial<PartyRequirementInput>): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

const controlsText = (ids: string[]) => ids.map((id) => `A.${id}`).join(', ');

/** One need of an interested party: whether the ISMS takes it on, and how it is met (text and links). */
export function RequirementCard({ requirement, label, onSave, onDelete }: Props) {
  const text = useDraft(requirement.requirement);
  const how = useDraft(requirement.howAddressed);
  const controls = useDraft(controlsText(requirement.controls));
  const documents = useDraft(requirement.documents.join(', '));
  const objectives = useDraft(requirement.objectives.join(', '));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  /** The tick being saved, shown at once so the box does not spring back while the save is under way. */
  const [pendingIsms, setPendingIsms] = useState<boolean | null>(null);
  const ids = useId();
  const unaddressed = isUnaddressed(requirement);

  const setError = (field: string, message: string) => setErrors((e) => ({ ...e, [field]: message }));

  const saveText = () => {
    if (!text.dirty) return setError('requirement', '');
    if (text.draft.trim() === '') {
      text.reset();
      return setError('requirement', 'A requirement cannot be empty: the previous text was kept.');
    }
    setError('requirement', '');
    void onSave({ requirement: text.draft.trim() });
  };
  const saveControls = () => {
    if (!controls.dirty) return setError('controls', '');
    const { ids: parsed, invalid } = parseControls(controls.draft);
    setError('controls', invalid.length > 0 ? `Not Annex A controls, left out: ${invalid.join(', ')}` : '');
    controls.setDraft(controlsText(parsed));
    void onSave({ controls: parsed });
  };
  const saveRefs = (field: 'documents' | 'objectives', draft: ReturnType<typeof useDraft>) => {
    if (!draft.dirty) return setError(field, '');
    const { refs, invalid } = parseReferenceList(draft.draft);
    setError(field, invalid.length > 0 ? `References cannot contain spaces, left out: ${invalid.join(', ')}` : '');
    draft.setDraft(refs.join(', '));
    void onSave({ [field]: refs });
  };

  const errorFor = (field: string) =>
    errors[field] ? (
      <span className="input-error" id={`${ids}-${field}`}>
        {errors[field]}
      </span>
    ) : null;

  return (
    <li className={`ctx-requirement${unaddressed ? ' unaddressed' : ''}${requirement.isIsmsRequirement ? '' : ' not-isms'}`} aria-label={`Requirement ${label}`}>
      <div className="ctx-requirement-head">
        <span className="ctx-requirement-label">{label}</span>
        {unaddressed && (
          <span className="ctx-unaddressed-badge" role="status">
            Not yet addressed
          </span>
        )}
        <label className="check-filter ctx-isms-check">
          <input
            type="checkbox"
            checked={pendingIsms ?? requirement.isIsmsRequirement}
            disabled={pendingIsms !== null}
            onChange={(e) => {
              const value = e.target.checked;
              setPendingIsms(value);
              void onSave({ isIsmsRequirement: value }).finally(() => setPendingIsms(null));
            }}
          />
          ISMS requirement
        </label>
      </div>
      <label className="field">
        <textarea
          rows={2}
          aria-label="Requirement"
          value={text.draft}
          onChange={(e) => text.setDraft(e.target.value)}
          onBlur={saveText}
          onKeyDown={commitKeys(text.reset, true)}
        />
        {errorFor('requirement')}
      </label>
      {requirement.isIsmsRequirement ? (
        <>
          <label className="field">
            <span>How it is addressed</span>
            <textarea
              rows={2}
              value={how.draft}
              placeholder="The approach, procedure or arrangement that meets it"
              onChange={(e) => how.setDraft(e.target.value)}
              onBlur={() => how.dirty && void onSave({ howAddressed: how.draft.trim() })}
              onKeyDown={commitKeys(how.reset, true)}
            />
          </label>
          <div className="field-row ctx-links">
            <label className="field">
              <span>Controls</span>
              <input
                value={controls.draft}
                placeholder="A.5.26, A.8.13"
                aria-describedby={errors.controls ? `${ids}-controls` : undefined}
                onChange={(e) => controls.setDraft(e.target.value)}
                onBlur={saveControls}
                onKeyDown={commitKeys(controls.reset)}
              />
            </label>
            <label className="field">
              <span>Documents</span>
              <input
                value={documents.draft}
                placeholder="POL-001"
                aria-describedby={errors.documents ? `${ids}-documents` : undefined}
                onChange={(e) => documents.setDraft(e.target.value)}
                onBlur={() => saveRefs('documents', documents)}
                onKeyDown={commitKeys(documents.reset)}
              />
            </label>
            <label className="field">
              <span>Objectives</span>
              <input
                value={objectives.draft}
                placeholder="OBJ-001"
                aria-describedby={errors.objectives ? `${ids}-objectives` : undefined}
                onChange={(e) => objectives.setDraft(e.target.value)}
                onBlur={() => saveRefs('objectives', objectives)}
                onKeyDown={commitKeys(objectives.reset)}
              />
            </label>
          </div>
          {errorFor('controls')}
          {errorFor('documents')}
          {errorFor('objectives')}
          {requirement.controls.length > 0 && (
            <p className="ctx-control-names muted">{requirement.controls.map((id) => controlLabel(id)).join(' · ')}</p>
          )}
        </>
      ) : (
        <p className="muted ctx-not-isms">Recorded for the picture, but not taken on as a requirement the ISMS must meet.</p>
      )}
      <div className="ctx-requirement-actions">
        {confirming ? (
          <span className="inline" role="alertdialog" aria-label="Confirm removal">
            <span>Remove this requirement?</span>
            <button type="button" className="danger" onClick={() => void onDelete()}>
              Remove
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="danger-link" onClick={() => setConfirming(true)}>
            Remove requirement…
          </button>
        )}
      </div>
    </li>
  );
}
