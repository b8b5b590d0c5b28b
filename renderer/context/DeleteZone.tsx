import { useState } from 'react';

interface Props {
  /** "issue", "interested party", "role": used in the button labels. */
  noun: string;
  /** The record as the question names it, e.g. CI-004 “Remote working”. */
  name: string;
  /** What else goes, or stays, when it is deleted. */
  consequence: string;
  onDelete(): Promise<boolean>;
}

/** "Delete …" that asks first, saying what the deletion takes with it. */
export function DeleteZone({ noun, name, consequence, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="delete-zone" aria-label={`Delete ${noun}`}>
      {confirming ? (
        <div className="confirm-box" role="alertdialog" aria-label="Confirm deletion">
          <p>
            <strong>Delete {name}?</strong>
          </p>
          <p>{consequence}</p>
          <span className="field-actions">
            <button type="button" className="danger" onClick={() => void onDelete()}>
              Delete {noun}
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Cancel
            </button>
          </span>
        </div>
      ) : (
        <button type="button" className="danger-link" onClick={() => setConfirming(true)}>
          Delete {noun}…
        </button>
      )}
    </section>
  );
}
