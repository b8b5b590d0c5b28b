import { useEffect, useState } from 'react';
import type { ChangeLogEntry } from '../../shared/domain/workbook';
import { call } from '../api/isms-client';
import { formatDateTime } from '../app/format';
import { fieldLabel, formatChangeValue } from './change-format';


/** The change log: every write, who made it and when, newest first. */
export function ActivityScreen({ changeSignal }: { changeSignal: number }) {
  const [entries, setEntries] = useState<ChangeLogEntry[] | null>(null);
  useEffect(() => {
    call('changeLog:list', { limit: 300 }).then(setEntries, () => setEntries([]));
  }, [changeSignal]);

  return (
    <div className="screen">
      <header className="screen-header">
        <div>
          <h1>Activity</h1>
          <p className="muted">Every change to this workbook, newest first (the last 300).</p>
        </div>
      </header>
      {entries === null ? (
        <div className="loading">Loading…</div>
      ) : entries.length === 0 ? (
        <div className="empty-state">
          <h3>No changes yet</h3>
        </div>
      ) : (
        <div className="scroll-card">
          <table className="plain-table">
            <thead>
              <tr>
                <th>When</th>
                <th>Who</th>
                <th>Record</th>
                <th>Field</th>
                <th>Before</th>
                <th>After</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDateTime(e.at)}</td>
                  <td>{e.actor}</td>
                  <td className="nowrap">
                    {e.area === 'soa' ? `A.${e.recordId}` : e.recordId}
                  </td>
                  <td>{fieldLabel(e.field)}</td>
                  <td className="muted">{formatChangeValue(e.oldValue)}</td>
                  <td>{formatChangeValue(e.newValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
