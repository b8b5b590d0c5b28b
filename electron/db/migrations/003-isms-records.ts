/**
 * Version 3: the rest of the ISMS records (clauses 4, 5.3, 6.2, 7.2, 7.3, 7.5, 9.1, 9.2, 9.3, 10.2).
 * Lists that are only ever read and written whole (scope units, clause references) are JSON text.
 */
export const ismsRecordsSchema = `
CREATE TABLE isms_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE context_issue (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('internal', 'external')),
  category TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  effect TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE context_issue_risk (
  issue_id INTEGER NOT NULL REFERENCES context_issue (id) ON DELETE CASCADE,
  risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
  PRIMARY KEY (issue_id, risk_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE interested_party (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  category TEXT NOT NULL DEFAULT '',
  needs TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE party_requirement (
  id INTEGER PRIMARY KEY,
  party_id INTEGER NOT NULL REFERENCES interested_party (id) ON DELETE CASCADE,
  requirement TEXT NOT NULL,
  is_isms_requirement INTEGER NOT NULL CHECK (is_isms_requirement IN (0, 1)),
  how_addressed TEXT NOT NULL DEFAULT '',
  controls TEXT NOT NULL DEFAULT '[]',
  documents TEXT NOT NULL DEFAULT '[]',
  objectives TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX party_requirement_by_party ON party_requirement (party_id);

CREATE TABLE isms_scope (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  scope TEXT NOT NULL
) STRICT;

CREATE TABLE isms_role (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  holder TEXT NOT NULL DEFAULT '',
  accountabilities TEXT NOT NULL DEFAULT '',
  competences TEXT NOT NULL DEFAULT '[]',
  position INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE objective (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  objective TEXT NOT NULL,
  measure TEXT NOT NULL DEFAULT '',
  target_value REAL,
  target_direction TEXT CHECK (target_direction IN ('at-least', 'at-most')),
  unit TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  resources TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  evaluation TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('active', 'achieved', 'retired'))
) STRICT;

CREATE TABLE measurement (
  id INTEGER PRIMARY KEY,
  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
  measured_on TEXT NOT NULL,
  value REAL NOT NULL,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX measurement_by_objective ON measurement (objective_id, measured_on);

CREATE TABLE training_record (
  id INTEGER PRIMARY KEY,
  person TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('training', 'awareness', 'qualification')),
  subject TEXT NOT NULL,
  completed_on TEXT NOT NULL,
  expires_on TEXT,
  evidence TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE isms_document (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('policy', 'procedure', 'record', 'external')),
  version TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'in-review', 'approved', 'retired')),
  owner TEXT NOT NULL DEFAULT '',
  approver TEXT NOT NULL DEFAULT '',
  approved_on TEXT,
  next_review TEXT,
  classification TEXT NOT NULL DEFAULT '',
  clauses TEXT NOT NULL DEFAULT '[]',
  controls TEXT NOT NULL DEFAULT '[]',
  template_id TEXT,
  body TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE isms_document_version (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES isms_document (id) ON DELETE CASCADE,
  version TEXT NOT NULL,
  revised_on TEXT NOT NULL,
  author TEXT NOT NULL,
  summary TEXT NOT NULL,
  body TEXT NOT NULL
) STRICT;
CREATE INDEX isms_document_version_by_document ON isms_document_version (document_id, id);

CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '',
  criteria TEXT NOT NULL DEFAULT '',
  clauses TEXT NOT NULL DEFAULT '[]',
  controls TEXT NOT NULL DEFAULT '[]',
  auditors TEXT NOT NULL DEFAULT '[]',
  auditees TEXT NOT NULL DEFAULT '[]',
  planned_start TEXT,
  planned_end TEXT,
  status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'completed', 'cancelled')),
  conclusion TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE nonconformity (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL CHECK (source IN ('audit', 'incident', 'review', 'complaint', 'other')),
  source_ref TEXT NOT NULL DEFAULT '',
  raised_on TEXT NOT NULL,
  description TEXT NOT NULL,
  correction TEXT NOT NULL DEFAULT '',
  root_cause TEXT NOT NULL DEFAULT '',
  corrective_action TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'action-planned', 'implemented', 'closed')),
  effectiveness_reviewed_on TEXT,
  effectiveness_result TEXT CHECK (effectiveness_result IN ('effective', 'not-effective')),
  effectiveness_note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE audit_finding (
  id INTEGER PRIMARY KEY,
  audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
  ref TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('conformity', 'major', 'minor', 'observation', 'improvement')),
  clause TEXT,
  control TEXT,
  description TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '',
  nonconformity_id INTEGER REFERENCES nonconformity (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX audit_finding_by_audit ON audit_finding (audit_id);

CREATE TABLE management_review (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  held_on TEXT,
  attendees TEXT NOT NULL DEFAULT '[]',
  inputs TEXT NOT NULL DEFAULT '{}',
  prefilled TEXT NOT NULL DEFAULT '{}',
  status TEXT NOT NULL CHECK (status IN ('planned', 'held'))
) STRICT;

CREATE TABLE review_output (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES management_review (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('decision', 'action')),
  description TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'done'))
) STRICT;
CREATE INDEX review_output_by_review ON review_output (review_id);
`;
