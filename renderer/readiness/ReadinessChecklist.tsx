import { localiseDates } from '../app/format';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ReadinessFinding, ReadinessSeverity } from '../../shared/domain/readiness';
import { useNavigation } from '../app/navigation-store';
import { useReadiness } from './readiness-store';
import { findingKey, SEVERITY_SECTION_LABELS, type ChecklistRule, type ChecklistView } from './readiness-view';

/** Findings a rule shows before "Show all": enough to act on, without one rule burying the rest. */
export const FINDINGS_SHOWN = 6;

const LINK_SELECTOR = 'button[data-finding-link]';

interface Props {
  view: ChecklistView;
}

/**
 * Failing rules grouped by severity, blockers first, then the passing rules in a closed group. Arrow keys move
 * between the findings' links, Enter follows one.
 */
export function ReadinessChecklist({ view }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const { passedOpen, setPassedOpen, setFollowed } = useReadiness();
  const runs = useReadiness((s) => s.runs);
  // Coming back from fixing a finding: once the check run on this visit answers, the focus goes back to that finding,
  // or to the first finding of its rule if the fix cleared it.
  const [returningTo, setReturningTo] = useState(() => useReadiness.getState().followed);
  const [runsAtMount] = useState(runs);

  useEffect(() => {
    if (returningTo === null || runs === runsAtMount) return;
    const links = [...(listRef.current?.querySelectorAll<HTMLButtonElement>(LINK_SELECTOR) ?? [])];
    const ruleId = returningTo.split('|')[0];
    const target = links.find((l) => l.dataset.findingKey === returningTo) ?? links.find((l) => l.dataset.findingRule === ruleId);
    target?.focus();
    setReturningTo(null);
    setFollowed(null);
  }, [returningTo, runs, runsAtMount, setFollowed]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, (index: number, last: number) => number> = {
      ArrowDown: (i) => i + 1,
      ArrowUp: (i) => i - 1,
      Home: () => 0,
      End: (_, last) => last,
    };
    const move = moves[event.key];
    if (!move || !listRef.current) return;
    const links = [...listRef.current.querySelectorAll<HTMLButtonElement>(LINK_SELECTOR)];
    if (links.length === 0) return;
    const active = document.activeElement;
    let index = links.findIndex((l) => l === active);
    if (index === -1 && active instanceof Node) {
      // From a toggle between findings: the next link below it (or the one above, going up).
      const after = links.findIndex((l) => active.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING);
      index = event.key === 'ArrowDown' ? (after === -1 ? links.length : after) - 1 : after === -1 ? links.length : after;
    }
    event.preventDefault();
    links[Math.min(links.length - 1, Math.max(0, move(index, links.length - 1)))]!.focus();
  };

  return (
    <div ref={listRef} className="readiness-list" onKeyDown={onKeyDown} data-testid="readiness-checklist">
      {view.sections.map(({ severity, rules }) => (
        <section key={severity} className={`readiness-section readiness-section-${severity}`} aria-label={SEVERITY_SECTION_LABELS[severity]}>
          <h2>
            {SEVERITY_SECTION_LABELS[severity]} <span className="readiness-section-count">{rules.length}</span>
          </h2>
          <ul className="readiness-rules">
            {rules.map((entry) => (
              <RuleCard key={entry.rule.id} entry={entry} severity={severity} onFollow={setFollowed} />
            ))}
          </ul>
        </section>
      ))}
      {view.passed.length > 0 && (
        <section className="readiness-section readiness-section-passed" aria-label="Passed">
          <h2>
            <button type="button" className="readiness-passed-toggle" aria-expanded={passedOpen} onClick={() => setPassedOpen(!passedOpen)}>
              <span className="readiness-chevron" aria-hidden="true" />
              Passed ({view.passed.length})
            </button>
          </h2>
          {passedOpen && (
            <ul className="readiness-passed">
              {view.passed.map((rule) => (
                <li key={rule.id} data-rule={rule.id}>
                  <span className="readiness-tick" aria-label="passed">
                    ✓
                  </span>
                  <ClauseChip clause={rule.clause} />
                  <span>{rule.title}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

function ClauseChip({ clause }: { clause: string }) {
  return (
    <span className="readiness-clause" title={/^annex/i.test(clause) ? clause : `ISO/IEC 27001:2022 clause ${clause}`}>
      {clause}
    </span>
  );
}

function RuleCard({ entry, severity, onFollow }: { entry: ChecklistRule; severity: ReadinessSeverity; onFollow(key: string): void }) {
  const { rule, findings } = entry;
  const { openWhy, allFindings, toggleWhy, toggleAllFindings } = useReadiness();
  const whyOpen = openWhy.includes(rule.id);
  const showAll = allFindings.includes(rule.id);
  const shown = showAll ? findings : findings.slice(0, FINDINGS_SHOWN);
  const whyId = `readiness-why-${rule.id}`;

  const follow = (finding: ReadinessFinding) => {
    onFollow(findingKey(rule.id, finding));
    useNavigation.getState().go(finding.link);
  };

  return (
    <li className={`readiness-rule readiness-rule-${severity}`} data-rule={rule.id}>
      <div className="readiness-rule-head">
        <ClauseChip clause={rule.clause} />
        <h3>{rule.title}</h3>
        <button type="button" className="link-button readiness-why-toggle" aria-expanded={whyOpen} aria-controls={whyId} onClick={() => toggleWhy(rule.id)}>
          Why it matters
        </button>
      </div>
      {whyOpen && (
        <p id={whyId} className="readiness-why">
          {rule.why}
        </p>
      )}
      <ul className="readiness-findings" aria-label={`Findings: ${rule.title}`}>
        {shown.map((finding, index) => (
          <li key={`${index}:${findingKey(rule.id, finding)}`} className="readiness-finding">
            <span className="readiness-message">{localiseDates(finding.message)}</span>
            <button
              type="button"
              className="readiness-link"
              data-finding-link=""
              data-finding-key={findingKey(rule.id, finding)}
              data-finding-rule={rule.id}
              onClick={() => follow(finding)}
            >
              {finding.link.label}
              <span aria-hidden="true"> →</span>
            </button>
          </li>
        ))}
      </ul>
      {findings.length > FINDINGS_SHOWN && (
        <button type="button" className="link-button readiness-more" onClick={() => toggleAllFindings(rule.id)}>
          {showAll ? 'Show fewer' : `Show all ${findings.length} findings`}
        </button>
      )}
    </li>
  );
}
