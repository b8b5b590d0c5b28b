import { useEffect, useState } from 'react';
import type { RiskMethod } from '../../shared/domain/risk-method';
import type { MethodChangePreview } from '../../shared/ipc/contract';
import { bandById, type RescoredRisk } from '../../shared/rules/risk-scoring';
import { call, errorMessage } from '../api/isms-client';
import { notify } from '../app/notice-store';
import { useRisks } from '../risks/risk-store';
import { readableTextOn as textOn } from '../../shared/rules/colour-contrast';
import { Modal } from './Modal';

export function BandChip({ method, id }: { method: RiskMethod; id: string | null }) {
  const band = bandById(method, id);
  if (!band) return <span className="rm-chip rm-chip-none">Not rated</span>;
  return (
    <span className="rm-chip" style={{ background: band.colour, color: textOn(band.colour) }}>
      {band.label}
    </span>
  );
}

/** Whether a risk visibly changes level: bands are compared by label, as the user sees them. */
function levelMoves(saved: RiskMethod, draft: RiskMethod, before: string | null, after: string | null): boolean {
  return bandById(saved, before)?.label !== bandById(draft, after)?.label;
}

function Move({ saved, draft, before, after }: { saved: RiskMethod; draft: RiskMethod; before: string | null; after: string | null }) {
  const same = !levelMoves(saved, draft, before, after);
  return (
    <span className={`rm-move${same ? ' rm-move-same' : ''}`}>
      <BandChip method={saved} id={before} />
      <span aria-label={same ? 'unchanged' : 'becomes'} className="rm-arrow">
        {same ? '=' : '→'}
      </span>
      <BandChip method={draft} id={after} />
    </span>
  );
}

const risksText = (n: number) => `${n} ${n === 1 ? 'risk' : 'risks'}`;

interface ApplyDialogProps {
  saved: RiskMethod;
  draft: RiskMethod;
  onApplied(method: RiskMethod): void;
  onClose(): void;
}

/** Shows which risks change level under the draft, and applies it to the whole register on request. */
export function ApplyDialog({ saved, draft: current, onApplied, onClose }: ApplyDialogProps) {
  // The method under review stays fixed while the dialog is open, even when the draft is replaced on apply.
  const [draft] = useState(current);
  const [preview, setPreview] = useState<MethodChangePreview | null>(null);
  const [applying, setApplying] = useState(false);

  useEffect(() => {
    let live = true;
    call('riskMethod:preview', { method: draft })
      .then((result) => live && setPreview(result))
      .catch((error: unknown) => {
        if (!live) return;
        notify({ tone: 'error', text: errorMessage(error) });
        onClose();
      });
    return () => {
      live = false;
    };
  }, [draft, onClose]);

  const apply = async () => {
    setApplying(true);
    try {
      const result = await call('riskMethod:apply', { method: draft });
      notify({ tone: 'success', text: `Method saved; ${risksText(result.moved)} rescored` });
      onApplied(result.method);
      const store = useRisks.getState();
      await Promise.all([store.loadMethod(), store.loadRisks()]);
      onClose();
    } catch (error) {
      notify({ tone: 'error', text: errorMessage(error) });
      setApplying(false);
    }
  };

  const moved = preview?.moved ?? [];
  const changed = moved.filter(
    (r) => levelMoves(saved, draft, r.before.inherentLevel, r.after.inherentLevel) || levelMoves(saved, draft, r.before.residualLevel, r.after.residualLevel),
  ).length;
  return (
    <Modal
      title="Review and apply the risk method"
      description="Every risk is rescored under the new method. Ratings on a scale whose size changes are carried across proportionally."
      busy={applying}
      wide
      onClose={onClose}
      footer={
        <>
          {preview && (
            <span className="muted rm-modal-summary" data-testid="unchanged-count">
              {risksText(preview.unchanged)} unchanged
            </span>
          )}
          <span className="spacer" />
          <button type="button" onClick={onClose} disabled={applying}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={() => void apply()} disabled={!preview || applying} data-autofocus>
            {applying ? 'Applying…' : 'Apply to all risks'}
          </button>
        </>
      }
    >
      {!preview ? (
        <p className="muted" role="status">
          Checking the risk register…
        </p>
      ) : moved.length === 0 ? (
        <div className="rm-nothing-moves" role="status">
          <strong>No risk changes level.</strong>
          <p className="muted">
            {preview.unchanged === 0 ? 'The register has no risks yet.' : `All ${risksText(preview.unchanged)} keep their current levels.`} Applying saves
            the method only.
          </p>
        </div>
      ) : (
        <>
          <p>
            <strong>{risksText(moved.length)}</strong> will be rescored
            {changed < moved.length && (
              <span className="muted">
                {' '}
                ({changed} change level; the others keep their level with ratings carried to the new scales)
              </span>
            )}
            :
          </p>
          <div className="rm-moves">
            <table className="plain-table" aria-label="Risks that change">
              <thead>
                <tr>
                  <th scope="col">Ref</th>
                  <th scope="col">Risk</th>
                  <th scope="col">Inherent level</th>
                  <th scope="col">Residual level</th>
                </tr>
              </thead>
              <tbody>
                {moved.map((r: RescoredRisk) => (
                  <tr key={r.riskId}>
                    <td className="rm-ref">{r.ref}</td>
                    <td>{r.title}</td>
                    <td>
                      <Move saved={saved} draft={draft} before={r.before.inherentLevel} after={r.after.inherentLevel} />
                    </td>
                    <td>
                      <Move saved={saved} draft={draft} before={r.before.residualLevel} after={r.after.residualLevel} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Modal>
  );
}
