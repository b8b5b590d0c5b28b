/**
 * Where a SOC 2 criterion asks for more than its mapped Annex A controls provide: what a service auditor
 * expects to see beyond an ISO/IEC 27001 control set, in our own words. Listed only where it is true; a
 * criterion that the mapped controls cover in substance has no entry. Several governance criteria rest on
 * the ISMS clauses (risk method, internal audit, management review) as well, which an ISMS already has, so
 * they are not listed here either.
 */
export interface BeyondIsoNote {
  /**
   * How much of the criterion the mapped Annex A controls cover: "most" where they do the bulk of the work and
   * SOC 2 adds one thing, "little" where they only support what is really a SOC 2-specific practice.
   */
  isoCovers: 'most' | 'little';
  expectation: string;
}

export const SOC2_BEYOND_ISO: Readonly<Record<string, BeyondIsoNote>> = {
  'CC1.1': {
    isoCovers: 'most',
    expectation:
      'A written code of conduct that covers integrity and ethics beyond information security (conflicts of interest, bribery, fair dealing), acknowledged by every employee and contractor on joining and at least yearly, with a record of how breaches were handled.',
  },
  'CC1.2': {
    isoCovers: 'little',
    expectation:
      'A board, or a committee of it, that is independent of day-to-day management and oversees internal control: terms of reference naming that duty, and minutes showing security and risk matters were tabled and challenged. Management review under ISO 27001 is run by management itself and does not show this independence.',
  },
  'CC3.3': {
    isoCovers: 'most',
    expectation:
      'A documented fraud risk assessment: where staff or outsiders could commit or hide fraud (incentives and pressures, opportunities, management override of controls), how likely each is, and which controls answer it. ISO 27001 risk assessment does not ask for fraud to be considered as such.',
  },
  'CC9.1': {
    isoCovers: 'most',
    expectation:
      'A recorded decision on transferring the financial effect of a disruption, usually cyber and business interruption insurance, with the cover reviewed against the disruption risks in the register.',
  },
  'PI1.1': {
    isoCovers: 'little',
    expectation:
      'Written processing specifications for the service: what inputs are accepted, how they are processed, what outputs are produced and by when, and the data definitions behind them, shared with the customers and staff who rely on them.',
  },
  'PI1.2': {
    isoCovers: 'most',
    expectation:
      'Completeness and accuracy checks on inputs in the product itself (edit checks, duplicate and total checks, reconciliation to source), with rejected or corrected inputs logged and followed up. ISO 27001 treats input validation as a security measure, not as a check on functional correctness.',
  },
  'PI1.3': {
    isoCovers: 'most',
    expectation:
      'Evidence that processing is complete, accurate and on time: job monitoring against schedules, reconciliations between stages, and a procedure for detecting, correcting and re-running failed processing, with records.',
  },
  'PI1.4': {
    isoCovers: 'most',
    expectation:
      'Checks that outputs are complete, accurate and delivered on time to the intended recipients only, such as control totals, delivery confirmations and a record of outputs that had to be corrected or resent.',
  },
  'P1.1': {
    isoCovers: 'little',
    expectation:
      'A privacy notice, current and easy to find, that tells individuals what personal data is collected, why, how long it is kept, who it is shared with and how to exercise their rights, with a record of each version and when it was published.',
  },
  'P2.1': {
    isoCovers: 'little',
    expectation:
      'A way for individuals to make choices about their personal data where the notice offers them (opt-in or opt-out, withdrawal of consent), with each choice recorded and honoured in the systems that use the data.',
  },
  'P3.1': {
    isoCovers: 'most',
    expectation:
      'Collection limited to the purposes named in the privacy notice: a record of what personal data each form, feature and integration collects and why, reviewed when the product changes.',
  },
  'P3.2': {
    isoCovers: 'little',
    expectation:
      'Explicit consent obtained and recorded before collecting sensitive personal data, or a documented lawful basis where consent is not used.',
  },
  'P4.1': {
    isoCovers: 'most',
    expectation:
      'A check that personal data is used only for the purposes in the notice, for example a purpose register against which new uses (analytics, machine learning, marketing) are assessed and approved before they start.',
  },
  'P5.1': {
    isoCovers: 'little',
    expectation:
      'A procedure for requests from individuals to see their personal data: how identity is verified, who searches which systems, the response deadline, and a log of requests and replies.',
  },
  'P5.2': {
    isoCovers: 'little',
    expectation:
      'A procedure for requests to correct personal data, which passes corrections on to third parties that received the data and records refusals with the reason.',
  },
  'P6.1': {
    isoCovers: 'most',
    expectation:
      'Sharing of personal data with third parties only for purposes in the notice or with consent, checked before each new recipient or data flow is set up.',
  },
  'P6.2': {
    isoCovers: 'little',
    expectation:
      'A register of authorised disclosures of personal data: what was disclosed, to whom, when and on what basis, kept complete enough to answer an individual who asks.',
  },
  'P6.7': {
    isoCovers: 'little',
    expectation:
      'The ability to tell an individual, on request, what personal data is held about them and to whom it has been disclosed, drawn from the data inventory and the disclosure register.',
  },
  'P7.1': {
    isoCovers: 'most',
    expectation:
      'Measures that keep personal data accurate, complete and relevant for its purpose: validation at capture, ways for individuals to update their details, and periodic review of data quality.',
  },
  'P8.1': {
    isoCovers: 'little',
    expectation:
      'A route for privacy enquiries, complaints and disputes, with each one logged, investigated and answered, and recurring problems fed back into the privacy programme.',
  },
};

/** What a SOC 2 examination needs that no single criterion carries: the report's own ingredients. */
export const SOC2_REPORT_EXPECTATIONS: readonly { title: string; detail: string }[] = [
  {
    title: 'System description',
    detail:
      "Management's description of the system under examination: the services, the infrastructure, software, people, procedures and data behind them, the boundaries of the system, and significant changes during the period. The ISMS scope statement is a starting point, but the description is far more detailed.",
  },
  {
    title: 'Service commitments and system requirements',
    detail:
      'The commitments made to customers (in contracts, service level agreements and public statements) and the requirements the system must meet to keep them, written down so that each criterion can be judged against them.',
  },
  {
    title: 'Subservice organisations and complementary controls',
    detail:
      "A decision, for each significant provider such as the cloud host, whether its controls are carved out or included, with the provider's own SOC 2 report reviewed each year; and a list of the controls customers must operate themselves for the criteria to be met.",
  },
  {
    title: "Management's assertion",
    detail: 'A signed statement by management that the description is fair and the controls were suitably designed (and, for Type 2, operated effectively), which the service auditor reports on.',
  },
  {
    title: 'Evidence over the period (Type 2)',
    detail:
      'For a Type 2 report, records that each control operated throughout an observation period, typically three to twelve months: tickets, logs, review sign-offs and samples the auditor can test. Decide the period early and keep evidence from its first day.',
  },
];
