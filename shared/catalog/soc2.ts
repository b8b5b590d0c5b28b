import type { Soc2Criterion, Soc2Series, TrustServicesCategory } from './types';

/**
 * SOC 2 Trust Services Criteria (2017 TSC, points of focus revised 2022).
 *
 * Criterion ids and series headings are used as facts. Titles and summaries
 * are our own short descriptions of what a service auditor expects to see;
 * they are not the AICPA criterion text or points of focus.
 */

export const TSC_CATEGORY_LABELS: Record<TrustServicesCategory, string> = {
  security: 'Security (common criteria)',
  availability: 'Availability',
  confidentiality: 'Confidentiality',
  'processing-integrity': 'Processing integrity',
  privacy: 'Privacy',
};

export const SOC2_SERIES: Soc2Series[] = [
  { id: 'CC1', title: 'Control environment', category: 'security' },
  { id: 'CC2', title: 'Communication and information', category: 'security' },
  { id: 'CC3', title: 'Risk assessment', category: 'security' },
  { id: 'CC4', title: 'Monitoring activities', category: 'security' },
  { id: 'CC5', title: 'Control activities', category: 'security' },
  { id: 'CC6', title: 'Logical and physical access controls', category: 'security' },
  { id: 'CC7', title: 'System operations', category: 'security' },
  { id: 'CC8', title: 'Change management', category: 'security' },
  { id: 'CC9', title: 'Risk mitigation', category: 'security' },
  { id: 'A1', title: 'Additional criteria for availability', category: 'availability' },
  { id: 'C1', title: 'Additional criteria for confidentiality', category: 'confidentiality' },
  { id: 'PI1', title: 'Additional criteria for processing integrity', category: 'processing-integrity' },
  { id: 'P1', title: 'Notice and communication of objectives related to privacy', category: 'privacy' },
  { id: 'P2', title: 'Choice and consent', category: 'privacy' },
  { id: 'P3', title: 'Collection', category: 'privacy' },
  { id: 'P4', title: 'Use, retention and disposal', category: 'privacy' },
  { id: 'P5', title: 'Access', category: 'privacy' },
  { id: 'P6', title: 'Disclosure and notification', category: 'privacy' },
  { id: 'P7', title: 'Quality', category: 'privacy' },
  { id: 'P8', title: 'Monitoring and enforcement', category: 'privacy' },
];

export const SOC2_CRITERIA: Soc2Criterion[] = [
  // CC1 Control environment
  {
    id: 'CC1.1',
    title: 'Commitment to integrity and ethical values',
    category: 'security',
    series: 'CC1',
    summary:
      'Leadership sets clear expectations of honest, ethical behaviour, usually through a code of conduct that staff and contractors acknowledge when they join and periodically afterwards. Auditors sample signed acknowledgements and look at how breaches of expected behaviour are picked up and dealt with.',
  },
  {
    id: 'CC1.2',
    title: 'Independent board oversight of controls',
    category: 'security',
    series: 'CC1',
    summary:
      'A board, or an equivalent governing body that can genuinely challenge management, keeps watch over how controls are designed and how well they work. Evidence usually includes board or committee minutes, terms of reference and records of security and risk matters tabled for discussion.',
  },
  {
    id: 'CC1.3',
    title: 'Organisational structure, authority and reporting lines',
    category: 'security',
    series: 'CC1',
    summary:
      'Management has worked out who owns which decisions and duties, and has documented reporting lines and delegated authority that fit the service being delivered. Organisation charts, role descriptions and assigned security responsibilities are the usual evidence.',
  },
  {
    id: 'CC1.4',
    title: 'Workforce competence and development',
    category: 'security',
    series: 'CC1',
    summary:
      'The organisation recruits people with the skills their roles demand, checks their backgrounds, keeps them trained and plans cover for key positions. Auditors look at job descriptions, screening results, training records and performance review cycles.',
  },
  {
    id: 'CC1.5',
    title: 'Accountability for control responsibilities',
    category: 'security',
    series: 'CC1',
    summary:
      'People are answerable for the control duties given to them: expectations feed into objectives and appraisals, and failures have proportionate consequences. Auditors expect to see a visible link between assigned duties, how performance is measured and how shortfalls are handled.',
  },

  // CC2 Communication and information
  {
    id: 'CC2.1',
    title: 'Reliable information supporting controls',
    category: 'security',
    series: 'CC2',
    summary:
      'The organisation knows which information its controls rely on, gathers it from trustworthy internal and external sources and keeps it accurate and up to date. Asset inventories, system and data flow diagrams, and log sources are common evidence.',
  },
  {
    id: 'CC2.2',
    title: 'Internal communication of security duties',
    category: 'security',
    series: 'CC2',
    summary:
      'Staff are told what the security policies and objectives are and what is expected of them personally, and they have a way to raise concerns, anonymously where appropriate. Auditors look at policy distribution, onboarding and awareness material, and whistleblowing arrangements.',
  },
  {
    id: 'CC2.3',
    title: 'Communication with external parties',
    category: 'security',
    series: 'CC2',
    summary:
      'Customers, suppliers, regulators and other outsiders receive what they need to know about service commitments, significant changes and security matters, and have a route to report problems back. Evidence includes published system descriptions, contract terms, customer notices and external reporting channels.',
  },

  // CC3 Risk assessment
  {
    id: 'CC3.1',
    title: 'Clear objectives as a basis for risk',
    category: 'security',
    series: 'CC3',
    summary:
      'Business, security and compliance objectives for the service are written down precisely enough that the things threatening them can be pinned down. Auditors expect documented objectives that visibly feed the risk assessment.',
  },
  {
    id: 'CC3.2',
    title: 'Risk identification and analysis',
    category: 'security',
    series: 'CC3',
    summary:
      'A repeatable method is used to find threats and weaknesses across the whole system, including those introduced by suppliers, and to rate each by likelihood and impact so a treatment decision can be made. A risk register with owners and agreed treatments is the core evidence.',
  },
  {
    id: 'CC3.3',
    title: 'Fraud risk consideration',
    category: 'security',
    series: 'CC3',
    summary:
      'The risk work deliberately asks how someone could commit fraud against or through the system, for example by abusing privileged access, falsifying records or bypassing controls, and what pressures or opportunities would make that likely. Auditors look for fraud scenarios in the register and controls that answer them.',
  },
  {
    id: 'CC3.4',
    title: 'Assessing significant changes',
    category: 'security',
    series: 'CC3',
    summary:
      'Events that could weaken controls, such as new technology, acquisitions, leadership turnover, new regulation or a change of key supplier, trigger a fresh look at risk. Evidence is typically risk reviews prompted by such events, not only the annual cycle.',
  },

  // CC4 Monitoring activities
  {
    id: 'CC4.1',
    title: 'Ongoing and periodic control evaluations',
    category: 'security',
    series: 'CC4',
    summary:
      'The organisation checks that its controls exist and work, combining continuous automated monitoring with periodic independent assessments such as internal audits or penetration tests. Auditors sample audit plans, reports and monitoring dashboards.',
  },
  {
    id: 'CC4.2',
    title: 'Tracking and fixing control deficiencies',
    category: 'security',
    series: 'CC4',
    summary:
      'Problems found through monitoring, audits or incidents are logged, given an owner and deadline, escalated to leadership when significant and followed through to closure. Auditors expect a findings tracker showing prioritisation and evidence that fixes were verified.',
  },

  // CC5 Control activities
  {
    id: 'CC5.1',
    title: 'Controls chosen to treat assessed risks',
    category: 'security',
    series: 'CC5',
    summary:
      'Controls are picked and designed as a response to the risks found, blending preventive and detective, manual and automated measures, and keeping conflicting duties in separate hands. Auditors trace individual risks through to the controls meant to treat them.',
  },
  {
    id: 'CC5.2',
    title: 'General IT controls',
    category: 'security',
    series: 'CC5',
    summary:
      'A baseline of technology controls covers infrastructure, security administration and how systems are bought, built and maintained, so that automated controls can be trusted. Evidence spans access management, configuration standards and the change process.',
  },
  {
    id: 'CC5.3',
    title: 'Documented policies and working procedures',
    category: 'security',
    series: 'CC5',
    summary:
      'Controls are written down in approved policies and practical procedures with named owners, reviewed on a set cycle and kept in step with how the organisation actually works. Auditors check approval dates, review history and whether staff follow what is written.',
  },

  // CC6 Logical and physical access controls
  {
    id: 'CC6.1',
    title: 'Logical access security infrastructure',
    category: 'security',
    series: 'CC6',
    summary:
      'Technical safeguards keep unauthorised people and processes away from information assets: a known inventory of what needs protecting, identity and authentication services, segmented networks, restricted access paths and encryption of stored data. Auditors sample system configurations, multi-factor settings and key management arrangements.',
  },
  {
    id: 'CC6.2',
    title: 'User registration and deprovisioning',
    category: 'security',
    series: 'CC6',
    summary:
      'Accounts are only created after a documented request and approval, and are disabled quickly when someone leaves or no longer needs them. Joiner and leaver tickets matched against live account lists are typical samples.',
  },
  {
    id: 'CC6.3',
    title: 'Role-based access and least privilege',
    category: 'security',
    series: 'CC6',
    summary:
      'Access is granted, adjusted and removed according to approved roles, limited to what each job actually needs, with conflicting permissions kept apart. Periodic access reviews and the handling of internal moves are usually tested.',
  },
  {
    id: 'CC6.4',
    title: 'Physical access to facilities',
    category: 'security',
    series: 'CC6',
    summary:
      'Only authorised people can enter offices, server rooms and other places holding sensitive assets, and badge or key access is granted, reviewed and withdrawn under control. Where hosting is outsourced, auditors expect the provider’s own assurance report to be obtained and reviewed.',
  },
  {
    id: 'CC6.5',
    title: 'Secure disposal of equipment and media',
    category: 'security',
    series: 'CC6',
    summary:
      'Laptops, disks, backup media and other equipment are wiped or physically destroyed before they leave the organisation’s control or are reused, so nothing can be recovered from them. Auditors look for disposal procedures, sanitisation logs or destruction certificates from approved vendors.',
  },
  {
    id: 'CC6.6',
    title: 'Defending the system boundary',
    category: 'security',
    series: 'CC6',
    summary:
      'Connections between the system and the outside world are guarded, for instance by firewalls, secure remote access, strong authentication for external users and intrusion detection. Evidence includes network diagrams, firewall rule reviews and remote access configurations.',
  },
  {
    id: 'CC6.7',
    title: 'Protecting data in transit and removal',
    category: 'security',
    series: 'CC6',
    summary:
      'Whenever information moves, whether across networks, on removable media or on portable devices, only approved parties can send or receive it and it is protected on the way, typically by encryption and data loss prevention. Auditors check transport encryption settings, endpoint encryption and removable media restrictions.',
  },
  {
    id: 'CC6.8',
    title: 'Malware and unauthorised software prevention',
    category: 'security',
    series: 'CC6',
    summary:
      'Malicious code and unapproved software are blocked or detected, using endpoint protection, limits on who can install software and integrity checking. Auditors sample anti-malware coverage across devices and how alerts were handled.',
  },

  // CC7 System operations
  {
    id: 'CC7.1',
    title: 'Configuration and vulnerability detection',
    category: 'security',
    series: 'CC7',
    summary:
      'Systems are compared with approved configuration baselines and scanned for known weaknesses, so that drift and newly published flaws are found and fixed. Scan reports, patching records and baseline drift alerts are typical evidence.',
  },
  {
    id: 'CC7.2',
    title: 'Monitoring for anomalies and security events',
    category: 'security',
    series: 'CC7',
    summary:
      'Infrastructure and applications are watched for unusual behaviour that might signal an attack, a mistake or an environmental problem, through logging, alert rules and thresholds. Auditors look at which sources are logged, how alerts are defined and evidence that alerts are reviewed.',
  },
  {
    id: 'CC7.3',
    title: 'Triage of security events',
    category: 'security',
    series: 'CC7',
    summary:
      'Alerts and reported events are assessed against defined criteria to decide whether they amount to an incident, and that decision is recorded. Auditors sample event tickets and check that triage was timely and consistent.',
  },
  {
    id: 'CC7.4',
    title: 'Responding to confirmed security incidents',
    category: 'security',
    series: 'CC7',
    summary:
      'Confirmed incidents are worked through a defined process with assigned roles, containment, eradication and communication with those affected. Incident records, timelines and post-incident reviews form the evidence.',
  },
  {
    id: 'CC7.5',
    title: 'Recovery and learning after incidents',
    category: 'security',
    series: 'CC7',
    summary:
      'After an incident, affected systems and data are restored and checked, and root causes are fed back into controls and the risk assessment. Evidence includes recovery steps recorded in incident tickets and the improvements that followed.',
  },

  // CC8 Change management
  {
    id: 'CC8.1',
    title: 'Controlled change management',
    category: 'security',
    series: 'CC8',
    summary:
      'Every change to infrastructure, applications, data or procedures follows a documented workflow: it is raised, assessed for impact, tested, signed off by someone other than its author and released in a controlled way. Emergency changes are permitted but reviewed afterwards, and auditors trace a sample of changes from the period through each step.',
  },

  // CC9 Risk mitigation
  {
    id: 'CC9.1',
    title: 'Business disruption risk mitigation',
    category: 'security',
    series: 'CC9',
    summary:
      'The organisation prepares for events that could interrupt its service, through continuity planning and, where sensible, insurance, so that it can still honour its commitments. Business impact analyses, continuity plans and insurance cover are typical evidence.',
  },
  {
    id: 'CC9.2',
    title: 'Vendor and business partner risk',
    category: 'security',
    series: 'CC9',
    summary:
      'Suppliers and partners that touch the system are vetted before they are engaged, bound by contracts with security obligations and kept under review, including reading their own assurance reports. A supplier register with risk ratings and review records is expected.',
  },

  // A1 Availability
  {
    id: 'A1.1',
    title: 'Capacity planning and monitoring',
    category: 'availability',
    series: 'A1',
    summary:
      'The organisation watches how heavily its compute, storage and network resources are used, sets alert thresholds and forecasts growth, so that it can scale before performance or uptime commitments are at risk. Capacity dashboards, alerts and planning records are the usual evidence.',
  },
  {
    id: 'A1.2',
    title: 'Environmental safeguards, backup and recovery infrastructure',
    category: 'availability',
    series: 'A1',
    summary:
      'Power, cooling, fire suppression, redundant components, backups and standby infrastructure are in place and looked after so that outages and data loss stay within agreed limits. Auditors look at backup schedules and success logs, replication set-up and data centre protections, often via the hosting provider’s report.',
  },
  {
    id: 'A1.3',
    title: 'Recovery plan testing',
    category: 'availability',
    series: 'A1',
    summary:
      'Restores from backup, failovers and wider recovery arrangements are rehearsed on a regular schedule and the lessons used to improve the plan. Test reports showing what was tried, what happened and the follow-up actions are expected.',
  },

  // C1 Confidentiality
  {
    id: 'C1.1',
    title: 'Identifying and protecting confidential information',
    category: 'confidentiality',
    series: 'C1',
    summary:
      'Information covered by confidentiality commitments is recognised, classified and labelled, and access to it is restricted for as long as it is kept. Classification schemes, data inventories, non-disclosure agreements and access restrictions are the usual evidence.',
  },
  {
    id: 'C1.2',
    title: 'Disposal of confidential information',
    category: 'confidentiality',
    series: 'C1',
    summary:
      'Confidential information is destroyed beyond recovery once its agreed retention period ends or a customer asks for it to be removed. Auditors sample deletion requests, retention schedules and destruction records.',
  },

  // PI1 Processing integrity
  {
    id: 'PI1.1',
    title: 'Processing specifications and data definitions',
    category: 'processing-integrity',
    series: 'PI1',
    summary:
      'The organisation defines and shares what its processing is supposed to do, including data definitions, accepted inputs, expected outputs and service specifications, so users can tell what correct processing looks like. Product documentation and data dictionaries are typical evidence.',
  },
  {
    id: 'PI1.2',
    title: 'Input validation and completeness',
    category: 'processing-integrity',
    series: 'PI1',
    summary:
      'Data entering the system is checked so that malformed, incomplete or unauthorised inputs are rejected or flagged and then corrected. Auditors look at validation rules, rejection reports and how input errors are followed up.',
  },
  {
    id: 'PI1.3',
    title: 'Processing accuracy and error handling',
    category: 'processing-integrity',
    series: 'PI1',
    summary:
      'Processing runs as specified, with checks that catch and correct errors, such as reconciliations, job monitoring and exception queues. Evidence includes batch logs, reconciliations and records of how processing failures were resolved.',
  },
  {
    id: 'PI1.4',
    title: 'Output delivery and accuracy',
    category: 'processing-integrity',
    series: 'PI1',
    summary:
      'Reports, files and other results leave the system only for their intended recipients, match what was processed and arrive on the schedule customers were promised. Auditors sample output reconciliations, delivery logs and access restrictions on outputs.',
  },
  {
    id: 'PI1.5',
    title: 'Integrity of stored data',
    category: 'processing-integrity',
    series: 'PI1',
    summary:
      'Data held by the system at every stage, whether just received, mid-process or finished, is protected from loss or unauthorised alteration and can be restored intact. Evidence covers storage access controls, integrity checks, retention and backups.',
  },

  // P1 Notice
  {
    id: 'P1.1',
    title: 'Privacy notice to individuals',
    category: 'privacy',
    series: 'P1',
    summary:
      'People whose data is handled are given a clear, timely explanation of what happens to it, and that explanation is updated when practices change. Auditors compare the published privacy notice with what the system actually does.',
  },

  // P2 Choice and consent
  {
    id: 'P2.1',
    title: 'Choice and consent',
    category: 'privacy',
    series: 'P2',
    summary:
      'Individuals learn what options they have over how their data is gathered, used, kept, shared and deleted, and their agreement is captured and recorded where the law or commitments require it. Consent records and preference management tooling are the usual evidence.',
  },

  // P3 Collection
  {
    id: 'P3.1',
    title: 'Collection limited to stated purposes',
    category: 'privacy',
    series: 'P3',
    summary:
      'The organisation only gathers personal data it actually needs for the purposes it has announced, using fair and lawful means, including when data comes from third parties. Auditors check data inventories and collection forms against those purposes.',
  },
  {
    id: 'P3.2',
    title: 'Explicit consent for sensitive data',
    category: 'privacy',
    series: 'P3',
    summary:
      'Where explicit agreement is needed, for example for special category data, people are told why the data is wanted and what follows if they refuse, and their agreement is captured before anything is collected. Evidence includes consent wording and consent logs.',
  },

  // P4 Use, retention and disposal
  {
    id: 'P4.1',
    title: 'Use limited to stated purposes',
    category: 'privacy',
    series: 'P4',
    summary:
      'Personal data is put to work only for the purposes individuals were told about, and any proposed new use is assessed and approved before it starts. Auditors examine processing records and how new uses were signed off.',
  },
  {
    id: 'P4.2',
    title: 'Retention of personal data',
    category: 'privacy',
    series: 'P4',
    summary:
      'A retention schedule sets how long each kind of personal data is kept, based on business purpose and legal duties, and the schedule is actually applied. Auditors check the schedule and sample records to confirm nothing is held past its date.',
  },
  {
    id: 'P4.3',
    title: 'Secure disposal of personal data',
    category: 'privacy',
    series: 'P4',
    summary:
      'Once personal data is no longer to be kept it is securely erased, destroyed or irreversibly anonymised, including copies held in backups and by processors. Deletion logs and destruction certificates are typical evidence.',
  },

  // P5 Access
  {
    id: 'P5.1',
    title: 'Subject access requests',
    category: 'privacy',
    series: 'P5',
    summary:
      'Individuals can find out what the organisation holds about them and receive a copy, once the organisation is satisfied they are who they say they are. Auditors sample access requests, identity checks and response times, including how any refusals were explained.',
  },
  {
    id: 'P5.2',
    title: 'Correction of personal data',
    category: 'privacy',
    series: 'P5',
    summary:
      'People can ask for wrong or incomplete records about them to be fixed, valid requests are acted on, and corrections are passed to third parties that received the data where relevant. Request logs and evidence of the resulting updates are sampled.',
  },

  // P6 Disclosure and notification
  {
    id: 'P6.1',
    title: 'Consent-based sharing with third parties',
    category: 'privacy',
    series: 'P6',
    summary:
      'Personal data is passed to other organisations only for purposes individuals were told about and, where needed, agreed to. Auditors review data-sharing arrangements against the privacy notice and consent records.',
  },
  {
    id: 'P6.2',
    title: 'Log of approved disclosures',
    category: 'privacy',
    series: 'P6',
    summary:
      'Each time personal data is passed to another party under an approved arrangement, a record is made of what went where, when and why. Auditors expect a disclosure register or equivalent system logs that can answer questions from individuals and regulators.',
  },
  {
    id: 'P6.3',
    title: 'Register of privacy breaches',
    category: 'privacy',
    series: 'P6',
    summary:
      'Leaks, misdirected data and other breaches of personal data, whether spotted internally or reported by others, are logged with enough detail to support investigation and notification decisions. A breach register linked to incident records is the usual evidence.',
  },
  {
    id: 'P6.4',
    title: 'Privacy commitments from vendors',
    category: 'privacy',
    series: 'P6',
    summary:
      'Processors and other parties handling personal data for the organisation are contractually bound to protect it to a suitable standard, and their compliance is checked from time to time. Data processing agreements and vendor review records are expected.',
  },
  {
    id: 'P6.5',
    title: 'Vendor duty to report breaches',
    category: 'privacy',
    series: 'P6',
    summary:
      'Contracts oblige third parties holding personal data to alert the organisation quickly if they suspect or confirm it has been exposed. Auditors look for notification clauses and evidence that such alerts are received and acted on.',
  },
  {
    id: 'P6.6',
    title: 'Breach notification to affected parties',
    category: 'privacy',
    series: 'P6',
    summary:
      'When personal data is compromised, the organisation decides who must be told, such as individuals, supervisory authorities or customers, and tells them within the legal and contractual deadlines. Incident records showing the notification decision, its timing and its content are sampled.',
  },
  {
    id: 'P6.7',
    title: 'Accounting of data held and shared',
    category: 'privacy',
    series: 'P6',
    summary:
      'Individuals who ask can learn not just what is held about them but which outside parties have received it. Evidence includes the procedure for answering such requests, the disclosure records behind it and sample responses.',
  },

  // P7 Quality
  {
    id: 'P7.1',
    title: 'Accuracy of personal data',
    category: 'privacy',
    series: 'P7',
    summary:
      'Records about individuals are checked when captured and revisited over time so that decisions are not made on stale or wrong data. Auditors look at validation at the point of capture, self-service update options and periodic data quality checks.',
  },

  // P8 Monitoring and enforcement
  {
    id: 'P8.1',
    title: 'Privacy complaints and compliance monitoring',
    category: 'privacy',
    series: 'P8',
    summary:
      'Individuals have a route to raise privacy questions and complaints, which are logged, resolved and answered, and the organisation reviews its own adherence to its privacy commitments and fixes any gaps. Complaint logs and privacy compliance reviews are typical evidence.',
  },
];

const CRITERIA_BY_ID: ReadonlyMap<string, Soc2Criterion> = new Map(
  SOC2_CRITERIA.map((c) => [c.id, c]),
);

/** Look up a criterion by id (case-insensitive, e.g. "cc6.1"). */
export function criterionById(id: string): Soc2Criterion | undefined {
  return CRITERIA_BY_ID.get(id.trim().toUpperCase());
}
