import {
  ADVISOR_QUESTIONS,
  NO_REGULATED_BUYERS_LABEL,
  type AdvisorAnswers,
  type AdvisorAnswersPatch,
  type AdvisorQuestion,
  type QuestionId,
} from '../../shared/domain/advisor';

interface Props {
  answers: AdvisorAnswers;
  onChange(patch: AdvisorAnswersPatch): void;
}

/** The element id of a question's fieldset, so "answer these first" can take the user there. */
export const questionElementId = (id: QuestionId) => `advisor-question-${id}`;

/** The six questions: tick boxes where several answers apply, radio buttons where one does. Every change is saved at once. */
export function Questionnaire({ answers, onChange }: Props) {
  return (
    <section className="card advisor-questions" aria-label="Questionnaire">
      <h2>Your situation</h2>
      {ADVISOR_QUESTIONS.map((question) =>
        question.multiple ? (
          <MultipleChoice key={question.id} question={question} answers={answers} onChange={onChange} />
        ) : (
          <SingleChoice key={question.id} question={question} value={answers[question.id] as string | null} onChange={onChange} />
        ),
      )}
    </section>
  );
}

function Legend({ question }: { question: AdvisorQuestion }) {
  return (
    <>
      <legend>{question.label}</legend>
      <p className="muted advisor-help" id={`${questionElementId(question.id)}-help`}>
        {question.help}
      </p>
    </>
  );
}

function SingleChoice({ question, value, onChange }: { question: AdvisorQuestion; value: string | null; onChange: Props['onChange'] }) {
  const id = questionElementId(question.id);
  return (
    <fieldset id={id} className={`advisor-question${value === null ? ' unanswered' : ''}`} aria-describedby={`${id}-help`}>
      <Legend question={question} />
      <div className="advisor-options">
        {question.options.map((option) => (
          <label key={option.value} className="advisor-option">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange({ [question.id]: option.value } as AdvisorAnswersPatch)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Tick boxes. For regulated buyers "None of these" is an answer in its own right (stored as an empty list), so
 * it clears the others and unticking everything leaves the question unanswered.
 */
function MultipleChoice({ question, answers, onChange }: { question: AdvisorQuestion; answers: AdvisorAnswers; onChange: Props['onChange'] }) {
  const id = questionElementId(question.id);
  const value = answers[question.id] as string[] | null;
  const picked = value ?? [];
  const allowsNone = question.id === 'regulatedBuyers';
  const toggle = (option: string, on: boolean) => {
    const next = on ? [...picked, option] : picked.filter((v) => v !== option);
    onChange({ [question.id]: allowsNone && next.length === 0 ? null : next } as AdvisorAnswersPatch);
  };
  const unanswered = allowsNone ? value === null : picked.length === 0;
  return (
    <fieldset id={id} className={`advisor-question${unanswered ? ' unanswered' : ''}`} aria-describedby={`${id}-help`}>
      <Legend question={question} />
      <div className="advisor-options advisor-checks">
        {question.options.map((option) => (
          <label key={option.value} className="advisor-option">
            <input type="checkbox" checked={picked.includes(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} />
            {option.label}
          </label>
        ))}
        {allowsNone && (
          <label className="advisor-option">
            <input
              type="checkbox"
              checked={value !== null && value.length === 0}
              onChange={(e) => onChange({ regulatedBuyers: e.target.checked ? [] : null })}
            />
            {NO_REGULATED_BUYERS_LABEL}
          </label>
        )}
      </div>
    </fieldset>
  );
}
