import { useState, type FormEvent } from 'react';
import { formatMeasure, type Measurement, type MeasurementInput, type Objective } from '../../shared/domain/objectives';
import { meetsTarget, sortMeasurements } from '../../shared/rules/objective-status';
import { formatDate, todayIso } from '../app/format';
import { MeasurementChart } from './MeasurementChart';

interface Props {
  objective: Objective;
  onAdd(measurement: MeasurementInput): Promise<boolean>;
  onDelete(id: number): Promise<boolean>;
}

/** Parses what the user typed as a number: "4.5", "4,5", "98 %" all read. */
export function parseValue(text: string): number | null {
  const cleaned = text.trim().replace(/%$/, '').trim().replace(',', '.');
  if (cleaned === '' || !/^-?\d*\.?\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The results of one objective over time: the chart, a form to record a result, and the list with delete. */
export function MeasurementsPanel({ objective, onAdd, onDelete }: Props) {
  const [date, setDate] = useState(todayIso());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState<number | null>(null);
  const newestFirst = sortMeasurements(objective.measurements).reverse();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = parseValue(value);
    if (number === null) return setError('Enter the result as a number, e.g. 4.5');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Choose the date the result was measured');
    setError('');
    const added = await onAdd({ objectiveId: objective.id, measuredOn: date, value: number, note: note.trim() });
    if (added) {
      setValue('');
      setNote('');
    }
  };

  const judged = (m: Measurement) =>
    objective.targetValue === null || objective.targetDirection === null ? null : meetsTarget(m.value, objective.targetValue, objective.targetDirection);

  return (
    <section className="objectives-measurements" aria-label="Results over time">
      <h3>
        Results over time <span className="muted">· {newestFirst.length}</span>
      </h3>
      {newestFirst.length > 0 ? (
        <MeasurementChart objective={objective} />
      ) : (
        <p className="muted">No results yet. Record the first one below; the chart appears as results come in.</p>
      )}

      <form className="objectives-add-measurement" aria-label="Record a result" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>Measured on</span>
          <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field objectives-value-field">
          <span>Result{objective.unit ? ` (${objective.unit})` : ''}</span>
          <input inputMode="decimal" value={value} aria-invalid={error !== '' || undefined} placeholder="e.g. 4.5" onChange={(e) => setValue(e.target.value)} />
        </label>
        <label className="field objectives-note-field">
          <span>Note</span>
          <input value={note} maxLength={1000} placeholder="Source, or why it is off target" onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={value.trim() === ''}>
          Add result
        </button>
        {error && (
          <span className="input-error" role="alert">
            {error}
          </span>
        )}
      </form>

      {newestFirst.length > 0 && (
        <table className="plain-table objectives-measurement-table">
          <thead>
            <tr>
              <th>Date</th>
              <th className="num">Result</th>
              <th>Target</th>
              <th>Note</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((m) => {
              const ok = judged(m);
              return (
                <tr key={m.id} data-measurement={m.measuredOn}>
                  <td className="nowrap">{formatDate(m.measuredOn)}</td>
                  <td className="num">{formatMeasure(m.value, objective.unit)}</td>
                  <td>{ok === null ? <span className="muted">—</span> : <span className={ok ? 'objectives-met' : 'objectives-missed'}>{ok ? 'Met' : 'Missed'}</span>}</td>
                  <td className="objectives-note">{m.note}</td>
                  <td className="nowrap">
                    {confirming === m.id ? (
                      <span className="objectives-confirm" role="alertdialog" aria-label="Confirm deletion">
                        <button type="button" className="danger" onClick={() => void onDelete(m.id).then(() => setConfirming(null))}>
                          Delete
                        </button>
                        <button type="button" onClick={() => setConfirming(null)} autoFocus>
                          Keep
                        </button>
                      </span>
                    ) : (
                      <button type="button" className="danger-link" aria-label={`Delete the result of ${formatDate(m.measuredOn)}`} onClick={() => setConfirming(m.id)}>
                        Delete…
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
