import type { ImpactLevel, RiskBand, RiskMethod, ScaleLevel } from '../domain/risk-method';

export type MatrixSize = 3 | 4 | 5;

const LIKELIHOOD: Record<MatrixSize, Omit<ScaleLevel, 'value'>[]> = {
  3: [
    { label: 'Unlikely', criteria: 'Not expected within the next three years; no occurrence here or at comparable organisations we know of.' },
    { label: 'Possible', criteria: 'Could happen within the next three years; it has happened at comparable organisations.' },
    { label: 'Likely', criteria: 'Expected within the next year, or it has already happened here.' },
  ],
  4: [
    { label: 'Rare', criteria: 'Not expected within the next five years; only conceivable in exceptional circumstances.' },
    { label: 'Unlikely', criteria: 'Could happen within five years; known at comparable organisations but not here.' },
    { label: 'Likely', criteria: 'Expected within the next one to two years, or near misses have been recorded here.' },
    { label: 'Almost certain', criteria: 'Expected within the year, or it happens here regularly.' },
  ],
  5: [
    { label: 'Rare', criteria: 'Less than once in ten years; would need exceptional circumstances.' },
    { label: 'Unlikely', criteria: 'Once in five to ten years; no history here, but seen in the sector.' },
    { label: 'Possible', criteria: 'Once in two to five years; has happened here or to a close peer.' },
    { label: 'Likely', criteria: 'About once a year; near misses or minor occurrences already recorded here.' },
    { label: 'Almost certain', criteria: 'Several times a year, or the conditions for it are present today.' },
  ],
};

const IMPACT: Record<MatrixSize, Omit<ImpactLevel, 'value'>[]> = {
  3: [
    { label: 'Low', criteria: 'Contained inside one team; no customer, legal or financial consequence worth reporting.', confidentiality: 'Internal information seen by the wrong internal person.', integrity: 'Errors caught and corrected by normal checks.', availability: 'Outage of hours with a workaround.' },
    { label: 'Medium', criteria: 'Noticed by customers or partners; recoverable cost; management attention needed.', confidentiality: 'Confidential information exposed to a limited outside party.', integrity: 'Wrong data reaches a customer or a report before it is caught.', availability: 'Key service down for up to a working day.' },
    { label: 'High', criteria: 'Regulatory breach, lasting loss of customers or a cost that changes the year’s plans.', confidentiality: 'Personal or restricted data disclosed publicly or to many parties.', integrity: 'Systematic corruption of records that customers rely on.', availability: 'Key service down for more than a working day.' },
  ],
  4: [
    { label: 'Minor', criteria: 'No effect outside the team; negligible cost.', confidentiality: 'Internal information seen by the wrong internal person.', integrity: 'Errors caught by normal checks.', availability: 'Outage under an hour, or with a workaround.' },
    { label: 'Moderate', criteria: 'Limited effect on customers; cost absorbed within budgets.', confidentiality: 'Confidential information exposed to a trusted outside party.', integrity: 'Wrong data reaches a customer and is corrected quickly.', availability: 'Key service down for a few hours.' },
    { label: 'Major', criteria: 'Customers harmed or contracts breached; significant cost; regulator may need telling.', confidentiality: 'Personal data breach that must be notified.', integrity: 'Corrupted records need a restore and customer notices.', availability: 'Key service down for a working day.' },
    { label: 'Severe', criteria: 'Threatens the business: major regulatory action, loss of key customers, or cost beyond reserves.', confidentiality: 'Large-scale disclosure of personal or restricted data.', integrity: 'Loss of trust in the integrity of core records.', availability: 'Key service down for several days.' },
  ],
  5: [
    { label: 'Negligible', criteria: 'No effect outside the team; no cost worth recording.', confidentiality: 'Public or internal information only.', integrity: 'Cosmetic errors, caught at once.', availability: 'Interruption of minutes; nobody outside notices.' },
    { label: 'Minor', criteria: 'Small inconvenience to customers or staff; cost within a team budget.', confidentiality: 'Internal information seen by the wrong internal person.', integrity: 'Errors caught by normal checks before they leave the team.', availability: 'Outage under two hours, or with a workaround.' },
    { label: 'Moderate', criteria: 'Customers notice; a complaint or a service credit; cost within the department budget.', confidentiality: 'Confidential information exposed to a limited, known outside party.', integrity: 'Wrong data reaches a customer and is corrected within a day.', availability: 'Key service down for up to half a working day.' },
    { label: 'Major', criteria: 'Contract breached or a regulator must be told; significant cost; senior management involved.', confidentiality: 'Notifiable personal data breach affecting a limited group.', integrity: 'Corrupted records need a restore and customer notices.', availability: 'Key service down for up to two working days.' },
    { label: 'Severe', criteria: 'Threatens the business: regulatory sanction, loss of key customers, lasting press coverage.', confidentiality: 'Large-scale disclosure of personal, financial or restricted data.', integrity: 'Customers can no longer rely on core records.', availability: 'Key service down for more than two working days.' },
  ],
};

const BANDS: Record<'low' | 'medium' | 'high' | 'critical', RiskBand> = {
  low: { id: 'low', label: 'Low', colour: '#4c9a61', retention: 'within-appetite', acceptanceAuthority: 'Risk owner' },
  medium: { id: 'medium', label: 'Medium', colour: '#e3b341', retention: 'within-appetite', acceptanceAuthority: 'Risk owner' },
  high: { id: 'high', label: 'High', colour: '#e07a2f', retention: 'requires-approval', acceptanceAuthority: 'Head of Security with the CEO' },
  critical: { id: 'critical', label: 'Critical', colour: '#c2362b', retention: 'not-permitted', acceptanceAuthority: '' },
};

/** Band by likelihood × impact product, with thresholds that keep the matrix symmetric. */
function bandFor(size: MatrixSize, product: number): keyof typeof BANDS {
  if (size === 3) return product <= 2 ? 'low' : product <= 4 ? 'medium' : 'high';
  if (size === 4) return product <= 3 ? 'low' : product <= 6 ? 'medium' : product <= 9 ? 'high' : 'critical';
  return product <= 4 ? 'low' : product <= 9 ? 'medium' : product <= 16 ? 'high' : 'critical';
}

export function defaultMatrix(size: MatrixSize): string[][] {
  return Array.from({ length: size }, (_, l) => Array.from({ length: size }, (_, i) => bandFor(size, (l + 1) * (i + 1))));
}

/** A sound starting method for a 3×3, 4×4 or 5×5 matrix, written to be adapted, not adopted blindly. */
export function defaultRiskMethod(size: MatrixSize = 5): RiskMethod {
  const bandIds = size === 3 ? (['low', 'medium', 'high'] as const) : (['low', 'medium', 'high', 'critical'] as const);
  const bands = bandIds.map((id) => ({ ...BANDS[id] }));
  if (size === 3) bands[2] = { ...BANDS.high, retention: 'requires-approval' };
  return {
    approach:
      'Risks are identified per information asset and business process in scope, by asking what could harm the ' +
      'confidentiality, integrity or availability of the information involved. Each risk is given an owner who is ' +
      'accountable for its treatment. Likelihood and impact are rated on the scales below, first as the risk stands ' +
      'with the controls already in place (inherent), then as expected once planned treatment is complete (residual). ' +
      'The matrix turns the two ratings into a risk level, and the acceptance criteria decide what may be retained.',
    likelihood: LIKELIHOOD[size].map((level, index) => ({ ...level, value: index + 1 })),
    impact: IMPACT[size].map((level, index) => ({ ...level, value: index + 1 })),
    bands,
    matrix: defaultMatrix(size),
    reviewCadenceMonths: 12,
  };
}
