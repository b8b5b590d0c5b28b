import type { Database } from 'better-sqlite3';
import type { Organisation } from '../../shared/domain/organisation';

interface OrganisationRow {
  legal_name: string;
  short_name: string;
  address: string;
  industry: string;
  size: string | null;
  isms_owner: string;
  classification_labels: string;
  default_classification: string;
  default_approver: string;
  review_cycle_months: number;
  has_logo: number;
}

export function getOrganisation(db: Database): (Organisation & { hasLogo: boolean }) | null {
  const row = db
    .prepare('SELECT *, logo IS NOT NULL AS has_logo FROM organisation WHERE id = 1')
    .get() as OrganisationRow | undefined;
  if (!row) return null;
  return {
    legalName: row.legal_name,
    shortName: row.short_name,
    address: row.address,
    industry: row.industry,
    size: row.size as Organisation['size'],
    ismsOwner: row.isms_owner,
    classificationLabels: JSON.parse(row.classification_labels) as string[],
    defaultClassification: row.default_classification,
    defaultApprover: row.default_approver,
    reviewCycleMonths: row.review_cycle_months,
    hasLogo: row.has_logo === 1,
  };
}

export function saveOrganisation(db: Database, org: Organisation): void {
  db.prepare(
    `INSERT INTO organisation (id, legal_name, short_name, address, industry, size, isms_owner, classification_labels,
       default_classification, default_approver, review_cycle_months)
     VALUES (1, @legalName, @shortName, @address, @industry, @size, @ismsOwner, @labels, @defaultClassification,
       @defaultApprover, @reviewCycleMonths)
     ON CONFLICT (id) DO UPDATE SET legal_name = excluded.legal_name, short_name = excluded.short_name,
       address = excluded.address, industry = excluded.industry, size = excluded.size,
       isms_owner = excluded.isms_owner, classification_labels = excluded.classification_labels,
       default_classification = excluded.default_classification, default_approver = excluded.default_approver,
       review_cycle_months = excluded.review_cycle_months`,
  ).run({
    legalName: org.legalName,
    shortName: org.shortName,
    address: org.address,
    industry: org.industry,
    size: org.size,
    ismsOwner: org.ismsOwner,
    labels: JSON.stringify(org.classificationLabels),
    defaultClassification: org.defaultClassification,
    defaultApprover: org.defaultApprover,
    reviewCycleMonths: org.reviewCycleMonths,
  });
}

export function getLogo(db: Database): { data: Buffer; mime: string } | null {
  const row = db.prepare('SELECT logo, logo_mime FROM organisation WHERE id = 1 AND logo IS NOT NULL').get() as
    | { logo: Buffer; logo_mime: string }
    | undefined;
  return row ? { data: row.logo, mime: row.logo_mime } : null;
}

export function setLogo(db: Database, logo: { data: Buffer; mime: string } | null): void {
  db.prepare('UPDATE organisation SET logo = ?, logo_mime = ? WHERE id = 1').run(logo?.data ?? null, logo?.mime ?? null);
}
