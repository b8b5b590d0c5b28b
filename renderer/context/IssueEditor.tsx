import { forwardRef, useEffect, useState } from 'react';
import {
  ISSUE_CATEGORIES,
  ISSUE_CATEGORY_LABELS,
  ISSUE_KINDS,
  ISSUE_KIND_LABELS,
  linkedRisks,
  type ContextIssue,
  type ContextIssueInput,
  type IssueCategory,
} from '../../shared/domain/context';
import type { Risk } from '../../shared/domain/risk';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { plural } from '../app/format';
import { DraftField } from '../components/DraftField';
import { RequiredTextField } from '../components/RequiredTextField';
import { commitKeys, useDraft } from '../components/use-draft';
import { DeleteZone } from './DeleteZone';
import { RiskLinks } from './RiskLinks';

interface Props {
  issue: ContextIssue;
  risks: Risk[];
  risksReady: boolean;
  method: RiskMethod | null;
  /** Moves focus to the description once mounted (just after the issue was created). */
  focusDescription?: boolean;
  onSave(patch: Partial<ContextIssueInput>): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

/** One internal or external issue: what it is, how it affects the ISMS, and the risks it gives rise to. */
export const IssueEditor = forwardRef<HTMLInputElement, Props>(function IssueEditor(props, titleRef) {
  const { issue, onSave } = props;
  const effect = useDraft(issue.effect);
  const [descriptionEl, setDescriptionEl] = useState<HTMLTextAreaElement | null>(null);

  useEffect(() => {
    if (props.focusDescription) descriptionEl?.focus();
  }, [props.focusDescription, descriptionEl]);

  const saveText = (field: 'description' | 'effect', draft: { draft: string; dirty: boolean }) => {
    if (draft.dirty) void onSave({ [field]: draft.draft.trim() });
  };
  const riskCount = linkedRisks(issue, props.risks).length;

  return (
    <article className="control-editor ctx-editor" aria-label={`Edit ${issue.ref}`}>
      <header>
        <span className="control-id">
          {issue.ref} · {ISSUE_KIND_LABELS[issue.kind]} issue
        </span>
        <h2>{issue.title}</h2>
      </header>

      <RequiredTextField ref={titleRef} label="Issue" value={issue.title} emptyMessage="An issue needs a title: the previous title was kept." onSave={(title) => void onSave({ title })} />

      <div className="field-row">
        <fieldset className="segmented">
          <legend>Internal or external</legend>
          {ISSUE_KINDS.map((kind) => (
            <button key={kind} type="button" aria-pressed={issue.kind === kind} onClick={() => issue.kind !== kind && void onSave({ kind })}>
              {ISSUE_KIND_LABELS[kind]}
            </button>
          ))}
        </fieldset>
        <label className="field">
          <span>Category</span>
          <select value={issue.category} onChange={(e) => void onSave({ category: e.target.value as IssueCategory })}>
            {ISSUE_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {ISSUE_CATEGORY_LABELS[category]}
              </option>
            ))}
          </select>
        </label>
      </div>

      <DraftField
        ref={setDescriptionEl}
        label="Description"
        value={issue.description}
        rows={4}
        placeholder="What is happening, inside or outside the organisation, and why it matters"
        onSave={(description) => void onSave({ description })}
      />

      <label className="field">
        <span>How it affects the ISMS</span>
        <textarea
          rows={6}
          value={effect.draft}
          aria-invalid={issue.effect.trim() === '' || undefined}
          placeholder="What the ISMS must do, or cannot rely on, because of this issue"
          onChange={(e) => effect.setDraft(e.target.value)}
          onBlur={() => saveText('effect', effect)}
          onKeyDown={commitKeys(effect.reset, true)}
        />
        {issue.effect.trim() === '' && <span className="field-hint warn">Say how the issue affects the ISMS: an auditor will ask.</span>}
      </label>

      <RiskLinks riskIds={issue.riskIds} risks={props.risks} method={props.method} ready={props.risksReady} onChange={(riskIds) => void onSave({ riskIds })} />

      <DeleteZone
        noun="issue"
        name={`${issue.ref} “${issue.title}”`}
        consequence={riskCount === 0 ? 'No risk is linked to it.' : `Its links to ${plural(riskCount, 'risk')} go with it; the risks stay in the register.`}
        onDelete={props.onDelete}
      />
    </article>
  );
});
