import { useId } from 'react';
import { RETENTION_RULE_LABELS, RETENTION_RULES, type RetentionRule, type RiskMethod } from '../../shared/domain/risk-method';
import { addBand, cellCounts, issueFor, MAX_BANDS, MIN_BANDS, moveBand, removeBand, updateBand, type DraftIssue } from './method-draft';

interface BandEditorProps {
  method: RiskMethod;
  issues: DraftIssue[];
  onEdit(change: (method: RiskMethod) => RiskMethod): void;
}

/** The risk levels, lowest first, with what may happen to a risk left at each level (6.1.2 a) 1)). */
export function BandEditor({ method, issues, onEdit }: BandEditorProps) {
  const uid = useId();
  const counts = cellCounts(method);
  const count = method.bands.length;

  return (
    <section className="card rm-bands" aria-labelledby={`${uid}-title`}>
      <div className="rm-card-head">
        <div>
          <h2 id={`${uid}-title`}>Risk levels and acceptance criteria</h2>
          <p className="muted">Lowest first. Decides which residual risks may be retained, and who may accept them.</p>
        </div>
        <button type="button" className="nowrap" onClick={() => onEdit(addBand)} disabled={count >= MAX_BANDS}>
          Add risk level
        </button>
      </div>
      <div className="rm-band-grid" role="list">
        <div className="rm-band-head" aria-hidden="true">
          <span />
          <span>Level</span>
          <span>If not treated further</span>
        </div>
        {method.bands.map((band, index) => {
          const n = index + 1;
          const labelError = issueFor(issues, 'bands', index, 'label');
          const colourError = issueFor(issues, 'bands', index, 'colour');
          const authorityError = issueFor(issues, 'bands', index, 'acceptanceAuthority');
          const noAuthority = band.retention === 'not-permitted';
          const used = counts.get(band.id) ?? 0;
          const name = band.label.trim() || `level ${n}`;
          return (
            <div key={band.id} className="rm-band-row" role="listitem">
              <input
                type="color"
                className="rm-colour"
                value={band.colour}
                aria-label={`Risk level ${n} colour`}
                aria-invalid={colourError ? true : undefined}
                onChange={(e) => onEdit((m) => updateBand(m, index, { colour: e.target.value }))}
              />
              <input
                value={band.label}
                maxLength={40}
                aria-label={`Risk level ${n} label`}
                aria-invalid={labelError ? true : undefined}
                aria-describedby={`${uid}-${index}-usage`}
                className="rm-band-name"
                onChange={(e) => onEdit((m) => updateBand(m, index, { label: e.target.value }))}
              />
              <select
                className="rm-retention"
                value={band.retention}
                aria-label={`Risk level ${n} retention`}
                onChange={(e) => onEdit((m) => updateBand(m, index, { retention: e.target.value as RetentionRule }))}
              >
                {RETENTION_RULES.map((rule) => (
                  <option key={rule} value={rule}>
                    {RETENTION_RULE_LABELS[rule]}
                  </option>
                ))}
              </select>
              <small id={`${uid}-${index}-usage`} className={`rm-usage ${used === 0 ? 'rm-unused' : 'muted'}`}>
                {used === 0 ? 'Not used in the matrix' : `${used} ${used === 1 ? 'cell' : 'cells'} in the matrix`}
              </small>
              <label className="rm-authority">
                <span aria-hidden="true">Who may accept</span>
                <input
                  value={noAuthority ? '' : band.acceptanceAuthority}
                  disabled={noAuthority}
                  maxLength={120}
                  placeholder={noAuthority ? 'Nobody: it must be treated' : 'e.g. Risk owner'}
                  aria-label={`Who may accept risk level ${n}`}
                  aria-invalid={authorityError ? true : undefined}
                  onChange={(e) => onEdit((m) => updateBand(m, index, { acceptanceAuthority: e.target.value }))}
                />
              </label>
              <div className="rm-row-actions">
                <button
                  type="button"
                  className="rm-icon-button"
                  aria-label={`Move ${name} up`}
                  title="Move up (a lower level)"
                  disabled={index === 0}
                  onClick={() => onEdit((m) => moveBand(m, index, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="rm-icon-button"
                  aria-label={`Move ${name} down`}
                  title="Move down (a higher level)"
                  disabled={index === count - 1}
                  onClick={() => onEdit((m) => moveBand(m, index, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="rm-icon-button rm-remove"
                  aria-label={`Remove ${name}`}
                  title={count <= MIN_BANDS ? `At least ${MIN_BANDS} levels are needed` : 'Remove: its cells go to the nearest remaining level'}
                  disabled={count <= MIN_BANDS}
                  onClick={() => onEdit((m) => removeBand(m, index))}
                >
                  ×
                </button>
              </div>
            </div>
          );
        })}
      </div>
    </section>
  );
}
