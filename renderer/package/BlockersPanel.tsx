import type { ReadinessRuleResult } from '../../shared/domain/readiness';
import { plural, localiseDates } from '../app/format';
import { useNavigation } from '../app/navigation-store';

/** Findings shown per blocker; the readiness check lists them all. */
const FINDINGS_SHOWN = 3;

interface Props {
  blockers: readonly ReadinessRuleResult[];
  /** The user has chosen to write the package anyway. */
  continued: boolean;
  onContinue(): void;
}

/**
 * The readiness blockers, shown before anything else: what an auditor would stop the Stage 1 review at, each with a
 * link to fix it, and the choice to write the package anyway.
 */
export function BlockersPanel({ blockers, continued, onContinue }: Props) {
  const go = useNavigation((state) => state.go);
  if (continued) {
    return (
      <section className="package-blockers package-blockers-continued" aria-label="Readiness blockers">
        <p>
          <strong>
            {plural(blockers.length, 'blocker')} {blockers.length === 1 ? 'remains' : 'remain'}.
          </strong> You chose to write the package anyway; the index marks every document
          that is not approved.{' '}
          <button type="button" className="link-button" onClick={() => go('readiness')}>
            Open the readiness check
          </button>
        </p>
      </section>
    );
  }
  return (
    <section className="package-blockers" aria-labelledby="package-blockers-title" role="region">
      <h2 id="package-blockers-title">
        {plural(blockers.length, 'blocker')} before Stage 1
      </h2>
      <p>
        A certification auditor reviewing these documents would stop at the points below. Fix them first, or write the package
        anyway, for example to share a draft.
      </p>
      <ul className="package-blocker-list">
        {blockers.map((rule) => (
          <li key={rule.id}>
            <div className="package-blocker-title">
              <span className="package-clause">{rule.clause}</span> {rule.title}
            </div>
            <ul className="package-findings">
              {rule.findings.slice(0, FINDINGS_SHOWN).map((finding, index) => (
                <li key={index}>
                  {localiseDates(finding.message)}{' '}
                  <button type="button" className="link-button" onClick={() => go(finding.link)}>
                    {finding.link.label}
                  </button>
                </li>
              ))}
              {rule.findings.length > FINDINGS_SHOWN && <li className="muted">and {rule.findings.length - FINDINGS_SHOWN} more in the readiness check</li>}
            </ul>
          </li>
        ))}
      </ul>
      <div className="package-blocker-actions">
        <button type="button" onClick={() => go('readiness')}>
          Open the readiness check
        </button>
        <button type="button" className="package-continue" onClick={onContinue}>
          Continue anyway
        </button>
      </div>
    </section>
  );
}
