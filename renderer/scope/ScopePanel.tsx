import { SCOPE_LIST_LABELS, SCOPE_LISTS, scopeGaps, type IsmsScope, type IsmsScopePatch, type ScopeListKey } from '../../shared/domain/context';
import { commitKeys, useDraft } from '../components/use-draft';
import { ListEditor } from './ListEditor';
import { PairListEditor } from './PairListEditor';

const HINTS: Record<ScopeListKey, [string, string]> = {
  organisationalUnits: ['Teams and functions whose people, activities and information are in scope.', 'e.g. Engineering, Customer Success'],
  locations: ['Offices, home working and cloud regions where in-scope work happens or information is held.', 'e.g. Manchester office, AWS eu-west-2'],
  productsAndServices: ['What the ISMS protects: products, services and the activities behind them.', 'e.g. AP automation platform'],
  systemsAndNetworks: ['Platforms, applications and networks that store, process or transmit in-scope information.', 'e.g. Okta, Google Workspace'],
};

interface Props {
  scope: IsmsScope;
  onSave(patch: IsmsScopePatch): Promise<boolean>;
}

/** The scope (4.3): the statement, what is in scope, interfaces with what is outside, and exclusions. */
export function ScopePanel({ scope, onSave }: Props) {
  const statement = useDraft(scope.statement);
  const gaps = scopeGaps(scope);

  return (
    <div className="scope-panel" role="tabpanel" aria-label="ISMS scope">
      <div className={`scope-status ${gaps.length === 0 ? 'complete' : 'incomplete'}`} role="status" data-testid="scope-status">
        {gaps.length === 0 ? (
          <span>The scope states its boundaries in full: statement, units, locations, products and services, systems, and interfaces.</span>
        ) : (
          <>
            <strong>Not yet complete for Stage 1:</strong>
            <ul>
              {gaps.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
            </ul>
          </>
        )}
      </div>

      <section className="card scope-card scope-wide" aria-label="Scope statement">
        <header className="scope-card-head">
          <h2>Scope statement</h2>
        </header>
        <p className="muted scope-hint">
          One paragraph an outsider can read: what the ISMS covers (products, services, organisation, locations) and on what basis. It is printed
          on the certificate, so be precise.
        </p>
        <textarea
          rows={5}
          aria-label="Scope statement"
          value={statement.draft}
          placeholder="The information security management system of … covers …"
          onChange={(e) => statement.setDraft(e.target.value)}
          onBlur={() => statement.dirty && void onSave({ statement: statement.draft.trim() })}
          onKeyDown={commitKeys(statement.reset, true)}
        />
      </section>

      <div className="scope-grid">
        {SCOPE_LISTS.map((key) => (
          <ListEditor
            key={key}
            title={SCOPE_LIST_LABELS[key]}
            hint={HINTS[key][0]}
            placeholder={HINTS[key][1]}
            items={scope[key]}
            onSave={(items) => onSave({ [key]: items })}
          />
        ))}
      </div>

      <PairListEditor
        title="Interfaces and dependencies"
        hint="Where in-scope activities meet parties or systems outside the scope, and where the boundary lies between what you control and what they do."
        firstLabel="Interface or dependency"
        secondLabel="Where the boundary lies"
        firstPlaceholder="e.g. Amazon Web Services"
        secondPlaceholder="e.g. AWS secures the data centres; we secure our accounts and workloads"
        secondRequired={null}
        items={scope.interfaces.map((i) => ({ first: i.interface, second: i.description }))}
        onSave={(items) => onSave({ interfaces: items.map((i) => ({ interface: i.first, description: i.second })) })}
      />

      <PairListEditor
        title="Exclusions"
        hint="Parts of the organisation, sites or services left out of the ISMS, each with the reason. Excluded Annex A controls belong in the Statement of Applicability, not here."
        firstLabel="Excluded"
        secondLabel="Justification"
        firstPlaceholder="e.g. Marketing website run by an agency"
        secondPlaceholder="Why it is outside the ISMS, and why that does not weaken it"
        secondRequired="An exclusion needs a justification"
        items={scope.exclusions.map((e) => ({ first: e.what, second: e.justification }))}
        onSave={(items) => onSave({ exclusions: items.map((e) => ({ what: e.first, justification: e.second })) })}
      />
    </div>
  );
}
