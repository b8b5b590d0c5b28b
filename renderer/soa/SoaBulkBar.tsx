import { useState } from 'react';
import {
  IMPLEMENTATION_STATUSES,
  IMPLEMENTATION_STATUS_LABELS,
  SOA_REASONS,
  SOA_REASON_LABELS,
  type SoaPatch,
} from '../../shared/domain/soa';
import { todayIso } from '../app/format';

interface Props {
  count: number;
  owners: string[];
  onApply(patch: SoaPatch, description: string): Promise<boolean>;
  onClear(): void;
}

type Mode = null | 'owner' | 'exclude';

/** Changes many controls at once; the main process applies all of them or none. */
export function SoaBulkBar({ count, owners, onApply, onClear }: Props) {
  const [mode, setMode] = useState<Mode>(null);
  const [text, setText] = useState('');

  const finish = async (patch: SoaPatch, description: string) => {
    if (await onApply(patch, description)) {
      setMode(null);
      setText('');
    }
  };

  return (
    <div className="bulk-bar" role="region" aria-label="Bulk edit">
      <strong>{count} selected</strong>
      <select
        aria-label="Set status of selected"
        value=""
        onChange={(e) => {
          const status = e.target.value as (typeof IMPLEMENTATION_STATUSES)[number];
          if (status) void finish({ status }, `Status set to ${IMPLEMENTATION_STATUS_LABELS[status]}`);
        }}
      >
        <option value="">Set status…</option>
        {IMPLEMENTATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {IMPLEMENTATION_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <select
        aria-label="Add reason to selected"
        value=""
        onChange={(e) => {
          const reason = e.target.value as (typeof SOA_REASONS)[number];
          if (reason) void finish({ reasons: [reason] }, `Reason set to ${SOA_REASON_LABELS[reason]}`);
        }}
      >
        <option value="">Set reason…</option>
        {SOA_REASONS.map((r) => (
          <option key={r} value={r}>
            {SOA_REASON_LABELS[r]}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => setMode(mode === 'owner' ? null : 'owner')}>
        Set owner…
      </button>
      <button type="button" onClick={() => void finish({ applicable: true }, 'Marked applicable')}>
        Mark applicable
      </button>
      <button type="button" onClick={() => setMode(mode === 'exclude' ? null : 'exclude')}>
        Exclude…
      </button>
      <button type="button" onClick={() => void finish({ lastReviewed: todayIso() }, 'Marked reviewed today')}>
        Reviewed today
      </button>
      <span className="spacer" />
      <button type="button" className="link-button" onClick={onClear}>
        Clear selection
      </button>
      {mode && (
        <form
          className="bulk-input"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim() === '') return;
            void (mode === 'owner'
              ? finish({ owner: text.trim() }, `Owner set to ${text.trim()}`)
              : finish({ applicable: false, exclusionJustification: text.trim() }, 'Excluded'));
          }}
        >
          <input
            autoFocus
            list={mode === 'owner' ? 'bulk-owners' : undefined}
            aria-label={mode === 'owner' ? 'Owner for selected controls' : 'Justification for excluding the selected controls'}
            placeholder={mode === 'owner' ? 'Owner role' : 'Justification for exclusion (required)'}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setMode(null)}
          />
          <datalist id="bulk-owners">
            {owners.filter(Boolean).map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            Apply to {count}
          </button>
        </form>
      )}
    </div>
  );
}
