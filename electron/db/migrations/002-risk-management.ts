/** Version 2: the risk method, assets, the risk register and the risk treatment plan (6.1.2, 6.1.3, 8.2, 8.3). */
export const riskManagementSchema = `
CREATE TABLE risk_method (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  method TEXT NOT NULL
) STRICT;

CREATE TABLE asset (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('information', 'software', 'hardware', 'service', 'people', 'site', 'supplier')),
  owner TEXT NOT NULL DEFAULT '',
  classification TEXT NOT NULL DEFAULT '',
  confidentiality INTEGER NOT NULL CHECK (confidentiality BETWEEN 1 AND 3),
  integrity INTEGER NOT NULL CHECK (integrity BETWEEN 1 AND 3),
  availability INTEGER NOT NULL CHECK (availability BETWEEN 1 AND 3),
  location TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE risk (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  threat TEXT NOT NULL DEFAULT '',
  vulnerability TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  existing_controls TEXT NOT NULL DEFAULT '',
  inherent_likelihood INTEGER CHECK (inherent_likelihood BETWEEN 1 AND 7),
  inherent_impact INTEGER CHECK (inherent_impact BETWEEN 1 AND 7),
  inherent_level TEXT,
  treatment TEXT CHECK (treatment IN ('modify', 'retain', 'avoid', 'share')),
  residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 7),
  residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 7),
  residual_level TEXT,
  accepted_by TEXT NOT NULL DEFAULT '',
  accepted_on TEXT,
  acceptance_rationale TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('identified', 'assessed', 'treatment-planned', 'treated', 'accepted', 'closed')),
  next_review TEXT
) STRICT;
CREATE INDEX risk_by_residual_level ON risk (residual_level);
CREATE INDEX risk_by_owner ON risk (owner);

CREATE TABLE risk_asset (
  risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
  asset_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
  PRIMARY KEY (risk_id, asset_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX risk_asset_by_asset ON risk_asset (asset_id, risk_id);

CREATE TABLE risk_control (
  risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
  control_id TEXT NOT NULL,
  PRIMARY KEY (risk_id, control_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX risk_control_by_control ON risk_control (control_id, risk_id);

CREATE TABLE treatment_action (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  control_id TEXT,
  owner TEXT NOT NULL DEFAULT '',
  resources TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'cancelled')),
  completion_evidence TEXT NOT NULL DEFAULT '',
  completed_on TEXT
) STRICT;
CREATE INDEX treatment_action_by_risk ON treatment_action (risk_id);
CREATE INDEX treatment_action_by_due_date ON treatment_action (due_date);
`;
