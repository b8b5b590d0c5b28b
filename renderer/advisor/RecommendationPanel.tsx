import { ADVISOR_QUESTIONS, EDITED_NOTE, FIGURES_BASIS, type CostFigureId, type QuestionId } from '../../shared/domain/advisor';
import { editedParts, type AdvisorResult, type Lean, type PlanStep } from '../../shared/rules/framework-advisor';
import { formatRange } from './figure-format';

interface Props {
  result: AdvisorResult;
  edited: readonly CostFigureId[];
  /** Takes the user to an unanswered question. */
  onGoToQuestion(id: QuestionId): void;
}

const LEAN_LABELS: Record<Lean, string> = { soc2: 'SOC 2', iso: 'ISO 27001', both: 'Both', neutral: 'Neutral' };
const RECURRENCE: Record<PlanStep['recurrence'], string> = { once: '', yearly: ' a year', 'every-3-years': ' each time' };
const topicOf = (id: QuestionId | 'order') => (id === 'order' ? 'Order' : ADVISOR_QUESTIONS.find((q) => q.id === id)!.label);

/** The recommendation beside the questions: headline, the reason behind each answer, the costed plan and the caveats. */
export function RecommendationPanel({ result, edited, onGoToQuestion }: Props) {
  if (result.status === 'incomplete') {
    return (
      <section className="card advisor-result advisor-incomplete" aria-label="Recommendation" aria-live="polite">
        <h2>Answer these first</h2>
        <p className="muted">The recommendation appears once every question has an answer. Still open:</p>
        <ul className="advisor-missing">
          {result.missing.map((id) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => onGoToQuestion(id)}>
                {ADVISOR_QUESTIONS.find((q) => q.id === id)!.label}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  return (
    <section className="card advisor-result" aria-label="Recommendation" data-recommendation={result.recommendation}>
      <div aria-live="polite">
        <h2 className="advisor-headline" data-testid="advisor-headline">
          {result.headline}
        </h2>
        <p>{result.summary}</p>
      </div>

      <h3>Why</h3>
      <ul className="advisor-reasons" aria-label="Reasons">
        {result.reasons.map((reason) => (
          <li key={reason.question} data-question={reason.question}>
            <span className={`advisor-lean lean-${reason.lean}`}>{LEAN_LABELS[reason.lean]}</span>
            <div>
              <strong>{topicOf(reason.question)}</strong> <span className="muted">{reason.answer}</span>
              <p>{reason.text}</p>
            </div>
          </li>
        ))}
      </ul>

      <h3>Plan</h3>
      <table className="plain-table advisor-plan" aria-label="Plan">
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">When</th>
            <th scope="col">Typical duration</th>
            <th scope="col">Typical cost</th>
          </tr>
        </thead>
        <tbody>
          {result.plan.map((step) => {
            const mark = editedParts(step, edited);
            return (
              <tr key={step.id} data-step={step.id}>
                <th scope="row" title={step.basis}>
                  {step.title}
                </th>
                <td>{step.when}</td>
                <td className="nowrap">
                  {step.months ? formatRange(step.months, 'months') : '—'}
                  {mark.months && <EditedMark />}
                </td>
                <td className="nowrap" data-testid={`plan-cost-${step.id}`}>
                  {formatRange(step.cost, 'usd', { compact: true })}
                  {RECURRENCE[step.recurrence]}
                  {mark.cost && <EditedMark />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="advisor-basis">
        {FIGURES_BASIS}
        {edited.length > 0 && <> Figures marked ✎ rest on a figure you edited.</>}
      </p>

      {result.caveats.length > 0 && (
        <>
          <h3>Keep in mind</h3>
          <ul className="advisor-caveats">
            {result.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function EditedMark() {
  return (
    <span className="advisor-edited-mark" title={EDITED_NOTE}>
      <span aria-hidden="true"> ✎</span>
      <span className="advisor-sr-only"> ({EDITED_NOTE.toLowerCase()})</span>
    </span>
  );
}
