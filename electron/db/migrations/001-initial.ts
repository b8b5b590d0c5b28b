/** Version 1: the organisation, the Statement of Applicability, document control and the change log. */
export const initialSchema = `
CREATE TABLE schema_migration (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT;

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE organisation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  legal_name TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  industry TEXT NOT NULL DEFAULT '',
  size TEXT,
  isms_owner TEXT NOT NULL DEFAULT '',
  classification_labels TEXT NOT NULL,
  default_classification TEXT NOT NULL DEFAULT '',
  default_approver TEXT NOT NULL DEFAULT '',
  review_cycle_months INTEGER NOT NULL DEFAULT 12,
  logo BLOB,
  logo_mime TEXT
) STRICT;

CREATE TABLE soa_entry (
  control_id TEXT PRIMARY KEY,
  applicable INTEGER NOT NULL CHECK (applicable IN (0, 1)),
  reasons TEXT NOT NULL DEFAULT '[]',
  exclusion_justification TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('not-started', 'planned', 'partial', 'implemented')),
  implementation TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '[]',
  last_reviewed TEXT
) STRICT;

CREATE TABLE document_control (
  doc_key TEXT PRIMARY KEY,
  document_id TEXT NOT NULL,
  title TEXT NOT NULL,
  version TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'in-review', 'approved', 'retired')),
  owner TEXT NOT NULL DEFAULT '',
  approver TEXT NOT NULL DEFAULT '',
  approved_on TEXT,
  classification TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE document_revision (
  id INTEGER PRIMARY KEY,
  doc_key TEXT NOT NULL REFERENCES document_control (doc_key) ON DELETE CASCADE,
  version TEXT NOT NULL,
  revised_on TEXT NOT NULL,
  author TEXT NOT NULL,
  summary TEXT NOT NULL
) STRICT;
CREATE INDEX document_revision_by_doc ON document_revision (doc_key, id);

CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  area TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
) STRICT;
CREATE INDEX change_log_by_record ON change_log (area, record_id, id);
`;
