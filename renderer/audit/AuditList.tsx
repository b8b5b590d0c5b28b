import { useEffect, useRef, type KeyboardEvent } from 'react';
import { AUDIT_STATUS_LABELS, type Audit, type AuditStatus } from '../../shared/domain/audit';
import type { AuditOverview } from '../../shared/ipc/contract-audit';
import { formatDate } from '../app/format';
import { concernsOf, findingSummary, findingsOf } from './audit-view';

interface Props {
  overview: AuditOverview;
  focusedId: number | null;
  onFocus(id: number): void;
  onOpenEditor(): void;
}

export function AuditStatusPill({ status }: { status: AuditStatus }) {
  return <span className={`pill audit-status-${status}`}>{AUDIT_STATUS_LABELS[status]}</span>;
}

function dates(audit: Audit): string {
  if (!audit.plannedStart && !audit.plannedEnd) return 'Not yet dated';
  if (!audit.plannedEnd || audit.plannedEnd === audit.plannedStart) return formatDate(audit.plannedStart ?? audit.plannedEnd);
  return `${formatDate(audit.plannedStart)} – ${formatDate(audit.plannedEnd)}`;
}

/** The audits of the programme in date order; the arrow keys move between them, Enter opens the editor. */
export function AuditList({ overview, focusedId, onFocus, onOpenEditor }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const audits = overview.audits;
  const index = audits.findIndex((a) => a.id === focusedId);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [focusedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || audits.length === 0) return;
    const move = (to: number) => onFocus(audits[Math.max(0, Math.min(audits.length - 1, to))]!.id);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      Home: () => move(0),
      End: () => move(audits.length - 1),
      Enter: onOpenEditor,
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div ref={listRef} className="audit-list" role="listbox" aria-label="Audits" tabIndex={0} onKeyDown={onKeyDown} data-testid="audit-list">
      {audits.map((audit) => {
        const findings = findingsOf(overview, audit.id);
        const concerns = concernsOf(overview, audit);
        const concernText = [
          ...concerns.independence.map((w) => w.message),
          ...(concerns.unlinked.length > 0 ? [`${concerns.unlinked.map((f) => f.ref).join(', ')}: no nonconformity record`] : []),
        ].join('\n');
        return (
          <div
            key={audit.id}
            role="option"
            aria-selected={audit.id === focusedId}
            data-audit={audit.ref}
            className={`audit-row${audit.id === focusedId ? ' focused' : ''}${audit.status === 'cancelled' ? ' cancelled' : ''}`}
            onClick={() => onFocus(audit.id)}
            onDoubleClick={onOpenEditor}
          >
            <span className="audit-row-top">
              <span className="audit-ref">{audit.ref}</span>
              <AuditStatusPill status={audit.status} />
              {concernText && (
                <span className="attention-dot" title={concernText} aria-label="Needs attention" role="img" />
              )}
            </span>
            <span className="audit-row-title" title={audit.title}>
              {audit.title}
            </span>
            <span className="audit-row-meta muted">
              {dates(audit)}
              {findings.length > 0 && ` · ${findingSummary(findings)}`}
            </span>
          </div>
        );
      })}
    </div>
  );
}
