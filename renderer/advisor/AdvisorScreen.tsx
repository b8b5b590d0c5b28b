import { useEffect } from 'react';
import type { QuestionId } from '../../shared/domain/advisor';
import { exportWithDialog } from '../exports/export-actions';
import { useAdvisor } from './advisor-store';
import { CostTable } from './CostTable';
import { Questionnaire, questionElementId } from './Questionnaire';
import { RecommendationPanel } from './RecommendationPanel';
import './advisor.css';

/** "SOC 2 or ISO 27001 first?": the questionnaire, the recommendation beside it, and the figures its plan uses. */
export function AdvisorScreen() {
  const { view, loaded, saveAnswers, saveFigures } = useAdvisor();

  useEffect(() => {
    void useAdvisor.getState().load();
    // Another workbook opened while the screen is showing: read its answers.
    return window.isms.onChanged((areas) => {
      if (areas.includes('workbook')) void useAdvisor.getState().load();
    });
  }, []);

  const goToQuestion = (id: QuestionId) => {
    const fieldset = document.getElementById(questionElementId(id));
    fieldset?.scrollIntoView({ block: 'center' });
    fieldset?.querySelector('input')?.focus();
  };

  if (!loaded) return <div className="loading">Loading the advisor…</div>;
  if (!view) return <div className="empty-state">The advisor could not be read from this workbook.</div>;
  const ready = view.result.status === 'ready';

  return (
    <div className="screen advisor-screen">
      <header className="screen-header">
        <div>
          <h1>SOC 2 or ISO 27001 first?</h1>
          <p className="muted">Six questions about your buyers and your company; the answers are kept in this workbook.</p>
        </div>
        <div className="header-actions">
          <button
            type="button"
            onClick={() => void exportWithDialog('framework-memo')}
            disabled={!ready}
            title={ready ? 'A one-page Word memo of the recommendation and plan' : 'Answer every question first'}
          >
            Export memo
          </button>
        </div>
      </header>
      <div className="advisor-layout">
        <Questionnaire answers={view.answers} onChange={(patch) => void saveAnswers(patch)} />
        <RecommendationPanel result={view.result} edited={view.edited} onGoToQuestion={goToQuestion} />
      </div>
      <CostTable figures={view.figures} edited={view.edited} onSave={saveFigures} />
    </div>
  );
}
