import { forwardRef, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  PARTY_CATEGORIES,
  PARTY_CATEGORY_LABELS,
  blankRequirement,
  type InterestedParty,
  type InterestedPartyInput,
  type PartyCategory,
  type PartyRequirementInput,
} from '../../shared/domain/context';
import { plural } from '../app/format';
import { DraftField } from '../components/DraftField';
import { RequiredTextField } from '../components/RequiredTextField';
import { useContextRecords } from './context-store';
import { DeleteZone } from './DeleteZone';
import { RequirementCard } from './RequirementCard';

interface Props {
  party: InterestedParty;
  /** Scrolls the first unaddressed requirement into view once mounted (when the list shows only those). */
  revealUnaddressed?: boolean;
  onSave(patch: Partial<InterestedPartyInput>): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

/** One interested party: who they are, what they need and expect, and their requirements. */
export const PartyEditor = forwardRef<HTMLInputElement, Props>(function PartyEditor({ party, revealUnaddressed, onSave, onDelete }, nameRef) {
  const { createRequirement, updateRequirement, deleteRequirement } = useContextRecords();
  const [newRequirement, setNewRequirement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    // Scrolls the editor pane only: scrollIntoView would also move the window's own layout.
    const target = revealUnaddressed ? listRef.current?.querySelector<HTMLElement>('.unaddressed') : null;
    const pane = target?.closest<HTMLElement>('.detail');
    if (target && pane) pane.scrollTop += target.getBoundingClientRect().top - pane.getBoundingClientRect().top - 16;
    // Once, when the party is opened: later edits must not move the page under the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);


  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (newRequirement.trim() === '') return;
    if (await createRequirement(blankRequirement(party.id, newRequirement.trim()))) setNewRequirement('');
  };

  return (
    <article className="control-editor ctx-editor" aria-label={`Edit ${party.ref}`}>
      <header>
        <span className="control-id">{party.ref} · interested party</span>
        <h2>{party.name}</h2>
      </header>

      <RequiredTextField ref={nameRef} label="Name" value={party.name} emptyMessage="An interested party needs a name: the previous name was kept." onSave={(name) => void onSave({ name })} />

      <label className="field">
        <span>Category</span>
        <select value={party.category} onChange={(e) => void onSave({ category: e.target.value as PartyCategory })}>
          {PARTY_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {PARTY_CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </label>

      <DraftField
        label="Needs and expectations"
        value={party.needs}
        rows={3}
        placeholder="What they need and expect from the organisation's information security"
        onSave={(needs) => void onSave({ needs })}
      />

      <section className="related" aria-label="Requirements">
        <h3>
          Requirements <span className="muted">· {party.requirements.length}</span>
        </h3>
        {party.requirements.length === 0 && (
          <p className="muted">No requirement yet. Add what this party requires: laws, contract terms, conditions, expectations you commit to.</p>
        )}
        <ol ref={listRef} className="ctx-requirements">
          {party.requirements.map((requirement, index) => (
            <RequirementCard
              key={requirement.id}
              requirement={requirement}
              label={`${party.ref}.${index + 1}`}
              onSave={(patch: Partial<PartyRequirementInput>) => updateRequirement(requirement.id, patch)}
              onDelete={() => deleteRequirement(requirement.id)}
            />
          ))}
        </ol>
        <form className="inline ctx-add-requirement" aria-label="Add requirement" onSubmit={(e) => void add(e)}>
          <input
            aria-label="New requirement"
            placeholder="New requirement, e.g. Notify breaches within 48 hours"
            value={newRequirement}
            maxLength={2000}
            onChange={(e) => setNewRequirement(e.target.value)}
          />
          <button type="submit" disabled={newRequirement.trim() === ''}>
            Add requirement
          </button>
        </form>
      </section>

      <DeleteZone
        noun="interested party"
        name={`${party.ref} “${party.name}”`}
        consequence={party.requirements.length === 0 ? 'It has no requirements.' : `Its ${plural(party.requirements.length, 'requirement')} will be deleted with it.`}
        onDelete={onDelete}
      />
    </article>
  );
});
