import { useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/ipc/client-api';
import { ActivityScreen } from '../activity/ActivityScreen';
import { DocumentControlScreen } from '../document-control/DocumentControlScreen';
import { exportWithDialog, importSoaWithDialog } from '../exports/export-actions';
import { OrganisationScreen } from '../organisation/OrganisationScreen';
import { useOrganisation } from '../organisation/organisation-store';
import { SoaScreen } from '../soa/SoaScreen';
import { useSoa } from '../soa/soa-store';
import { useRisks } from '../risks/risk-store';
import { useWorkbook, windowTitle } from '../workbook/workbook-store';
import { Notices } from './Notices';
import { ImportDialog } from '../imports/ImportDialog';
import { ImportButton } from '../imports/ImportButton';
import { RiskMethodScreen } from '../risk-method/RiskMethodScreen';
import { AssetsScreen } from '../assets/AssetsScreen';
import { RiskRegisterScreen } from '../risks/RiskRegisterScreen';
import { TreatmentPlanScreen } from '../treatment-plan/TreatmentPlanScreen';
import { ContextScreen } from '../context/ContextScreen';
import { ScopeScreen } from '../scope/ScopeScreen';
import { ObjectivesScreen } from '../objectives/ObjectivesScreen';
import { CompetenceScreen } from '../competence/CompetenceScreen';
import { DocumentsScreen } from '../documents/DocumentsScreen';
import { loadDocuments } from '../documents/document-store';
import { loadManagementReviews } from '../management-review/review-store';
import { loadContext } from '../context/context-store';
import { loadScope } from '../scope/scope-store';
import { loadAudits } from '../audit/audit-store';
import { loadNonconformities } from '../nonconformities/nonconformity-store';
import { loadObjectives } from '../objectives/objectives-store';
import { loadCompetence } from '../competence/competence-store';
import { AuditScreen } from '../audit/AuditScreen';
import { NonconformitiesScreen } from '../nonconformities/NonconformitiesScreen';
import { ManagementReviewScreen } from '../management-review/ManagementReviewScreen';
import { StartScreen } from './StartScreen';
import { useNavigation } from './navigation-store';
import type { ScreenId } from '../../shared/domain/record-link';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { ReadinessScreen } from '../readiness/ReadinessScreen';
import { PackageScreen } from '../package/PackageScreen';
import { Soc2Screen } from '../soc2/Soc2Screen';
import { AdvisorScreen } from '../advisor/AdvisorScreen';

const SCREENS: { id: ScreenId; label: string; key: string; group: string }[] = [
  { id: 'dashboard', label: 'Dashboard', key: '0', group: 'Overview' },
  { id: 'readiness', label: 'Stage 1 readiness', key: '9', group: 'Overview' },
  { id: 'package', label: 'Stage 1 package', key: '', group: 'Overview' },
  { id: 'context', label: 'Context and parties', key: '', group: 'ISMS' },
  { id: 'scope', label: 'Scope and roles', key: '', group: 'ISMS' },
  { id: 'objectives', label: 'Objectives', key: '', group: 'ISMS' },
  { id: 'competence', label: 'Competence', key: '', group: 'ISMS' },
  { id: 'documents', label: 'Documents and policies', key: '', group: 'ISMS' },
  { id: 'soa', label: 'Statement of Applicability', key: '1', group: 'Controls' },
  { id: 'soc2', label: 'SOC 2 readiness', key: '', group: 'Controls' },
  { id: 'advisor', label: 'SOC 2 or ISO first?', key: '', group: 'Controls' },
  { id: 'risk-method', label: 'Risk method', key: '2', group: 'Risk' },
  { id: 'assets', label: 'Assets', key: '3', group: 'Risk' },
  { id: 'risks', label: 'Risk register', key: '4', group: 'Risk' },
  { id: 'treatment-plan', label: 'Treatment plan', key: '5', group: 'Risk' },
  { id: 'audit', label: 'Internal audit', key: '', group: 'Improvement' },
  { id: 'nonconformities', label: 'Nonconformities', key: '', group: 'Improvement' },
  { id: 'management-review', label: 'Management review', key: '', group: 'Improvement' },
  { id: 'document-control', label: 'Document control', key: '6', group: 'Workbook' },
  { id: 'organisation', label: 'Organisation', key: '7', group: 'Workbook' },
  { id: 'activity', label: 'Activity', key: '8', group: 'Workbook' },
];

function isTextField(element: Element | null): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

export function App() {
  const workbook = useWorkbook();
  const screen = useNavigation((state) => state.screen);
  const [changeSignal, setChangeSignal] = useState(0);
  const [searchRequest, setSearchRequest] = useState(0);

  useEffect(() => void useWorkbook.getState().load(), []);

  // Each store refetches only the areas a write announced.
  useEffect(
    () =>
      window.isms.onChanged((areas) => {
        if (areas.includes('workbook') || areas.includes('organisation')) void useWorkbook.getState().load();
        if (areas.includes('organisation') || areas.includes('workbook')) void useOrganisation.getState().load();
        if (areas.includes('soa') || areas.includes('workbook')) void useSoa.getState().load();
        const risks = useRisks.getState();
        if (areas.includes('workbook')) void risks.loadAll();
        else {
          if (areas.includes('risk-method')) void risks.loadMethod();
          if (areas.includes('assets')) void risks.loadAssets();
          if (areas.includes('risks') || areas.includes('soa')) void risks.loadRisks();
          if (areas.includes('treatment-plan')) void risks.loadActions();
        }
        const everything = areas.includes('workbook');
        if (everything || areas.includes('documents')) void loadDocuments();
        if (everything || areas.includes('management-reviews')) void loadManagementReviews();
        const any = (...names: string[]) => everything || names.some((n) => areas.includes(n as (typeof areas)[number]));
        if (any('context', 'risks')) void loadContext();
        if (any('scope')) void loadScope();
        if (any('audits', 'nonconformities', 'soa', 'scope', 'organisation')) void loadAudits();
        if (any('nonconformities', 'audits')) void loadNonconformities();
        if (any('objectives')) void loadObjectives();
        if (any('competence', 'scope')) void loadCompetence();
        setChangeSignal((n) => n + 1);
      }),
    [],
  );

  useEffect(() => {
    document.title = windowTitle(workbook.info);
    if (workbook.info) {
      void useSoa.getState().load();
      void useOrganisation.getState().load();
      void useRisks.getState().loadAll();
    }
  }, [workbook.info]);

  useEffect(() => {
    const run = (command: MenuCommand) => {
      const wb = useWorkbook.getState();
      if (typeof command === 'object') return void wb.openPath(command.openRecent);
      const actions: Record<Exclude<MenuCommand, object>, () => void> = {
        new: () => void wb.createNew(false),
        'new-sample': () => void wb.createNew(true),
        open: () => void wb.openWithDialog(),
        'save-as': () => void wb.saveAs(),
        close: () => void wb.close(),
        'export-soa': () => void exportWithDialog('soa'),
        'export-soa-xlsx': () => void exportWithDialog('soa-xlsx'),
        'export-json': () => void exportWithDialog('json'),
        'import-soa': () => void importSoaWithDialog(),
        undo: () => (isTextField(document.activeElement) ? document.execCommand('undo') : void useSoa.getState().undo()),
        dashboard: () => useNavigation.getState().go('dashboard'),
        readiness: () => useNavigation.getState().go('readiness'),
        'stage1-package': () => useNavigation.getState().go('package'),
        find: () => {
          useNavigation.getState().go('soa');
          setSearchRequest((n) => n + 1);
        },
      };
      actions[command]();
    };
    return window.isms.onMenuCommand(run);
  }, []);

  // In a plain browser (end-to-end tests) there is no native menu, so the same shortcuts live here too.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        useNavigation.getState().go('soa');
        setSearchRequest((n) => n + 1);
      } else if (mod && event.key.toLowerCase() === 'z' && !event.shiftKey && !isTextField(document.activeElement)) {
        event.preventDefault();
        void useSoa.getState().undo();
      } else if (event.altKey && !mod) {
        const target = SCREENS.find((s) => s.key !== '' && s.key === event.key);
        if (target) {
          event.preventDefault();
          useNavigation.getState().go(target.id);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (workbook.status === 'loading') return <div className="loading" data-app-state="loading">Opening…</div>;

  return (
    <div className="app" data-app-state="ready">
      {workbook.info ? (
        <>
          <nav className="sidebar" aria-label="Sections">
            <div className="brand">
              <strong title={workbook.info.organisationName}>{workbook.info.organisationName}</strong>
              <span className="muted" title={workbook.info.path}>
                {workbook.info.fileName}
              </span>
            </div>
            {SCREENS.map((s, index) => [
              SCREENS[index - 1]?.group !== s.group && (
                <span key={`group-${s.group}`} className="nav-group">
                  {s.group}
                </span>
              ),
              <button
                key={s.id}
                type="button"
                className={`nav-item${screen === s.id ? ' active' : ''}`}
                aria-current={screen === s.id ? 'page' : undefined}
                onClick={() => useNavigation.getState().go(s.id)}
                title={s.key ? `Alt+${s.key}` : undefined}
              >
                {s.label}
              </button>,
            ])}
            <span className="spacer" />
            <div className="sidebar-footer">
              <button type="button" className="link-button" onClick={() => void workbook.saveAs()}>
                Save a copy…
              </button>
              <button type="button" className="link-button" onClick={() => void workbook.close()}>
                Close workbook
              </button>
            </div>
          </nav>
          <main className="content">
            {screen === 'dashboard' && <DashboardScreen changeSignal={changeSignal} />}
            {screen === 'readiness' && <ReadinessScreen changeSignal={changeSignal} />}
            {screen === 'package' && <PackageScreen changeSignal={changeSignal} />}
            {screen === 'soc2' && <Soc2Screen changeSignal={changeSignal} />}
            {screen === 'advisor' && <AdvisorScreen />}
            {screen === 'soa' && <SoaScreen searchRequest={searchRequest} />}
            {screen === 'context' && <ContextScreen />}
            {screen === 'scope' && <ScopeScreen />}
            {screen === 'objectives' && <ObjectivesScreen />}
            {screen === 'competence' && <CompetenceScreen />}
            {screen === 'documents' && <DocumentsScreen />}
            {screen === 'audit' && <AuditScreen />}
            {screen === 'nonconformities' && <NonconformitiesScreen />}
            {screen === 'management-review' && <ManagementReviewScreen />}
            {screen === 'risk-method' && <RiskMethodScreen />}
            {screen === 'assets' && <AssetsScreen headerActions={<ImportButton kind="assets" />} />}
            {screen === 'risks' && <RiskRegisterScreen />}
            {screen === 'treatment-plan' && <TreatmentPlanScreen />}
            {screen === 'document-control' && <DocumentControlScreen changeSignal={changeSignal} />}
            {screen === 'organisation' && <OrganisationScreen />}
            {screen === 'activity' && <ActivityScreen changeSignal={changeSignal} />}
          </main>
        </>
      ) : (
        <StartScreen />
      )}
      <ImportDialog />
      <Notices />
    </div>
  );
}
