import type { AnnexAControl } from '../types';

/** ISO/IEC 27001:2022 Annex A, people controls 6.1 to 6.8. */
export const PEOPLE_CONTROLS: AnnexAControl[] = [
  {
    id: '6.1',
    title: 'Screening',
    theme: 'people',
    guidance:
      'Auditors expect pre-employment screening proportionate to the role, the information accessed and local law, for example right to work, identity and references for everyone, with DBS or credit checks only where a higher-risk role justifies them. They sample recent starters, including contractors, and confirm checks were completed before access was granted. Checks finished weeks after the start date, and agency contractors with no confirmation of their screening, are common findings.',
    evidence: [
      'Screening policy with check levels by role',
      'Screening records for sampled starters',
      'Agency or supplier confirmation of contractor screening',
      'Records of rescreening on moves into higher-risk roles',
    ],
  },
  {
    id: '6.2',
    title: 'Terms and conditions of employment',
    theme: 'people',
    guidance:
      'Auditors check that employment contracts and contractor agreements set out information security obligations, including confidentiality, acceptable use, assignment of intellectual property and duties that continue after the relationship ends. They sample signed contracts for recent starters and check that templates were updated when policies changed. Long-serving staff on contract versions that pre-date the ISMS, with no addendum or policy acknowledgement, are a typical gap.',
    evidence: [
      'Employment contract template with security clauses',
      'Signed contracts for sampled staff',
      'Contractor and consultant agreement templates',
      'Employee handbook references to security obligations',
    ],
  },
  {
    id: '6.3',
    title: 'Information security awareness, education and training',
    theme: 'people',
    guidance:
      'Auditors look for a planned programme: induction training before or shortly after access is granted, annual refreshers, role-specific training for developers, administrators and other privileged users, and ongoing activity such as phishing simulations. They check completion rates, how non-completers are chased and whether effectiveness is measured, for example through falling phishing click rates. A high headline completion figure hiding a long tail of overdue staff, and generic content that never mentions your own policies, are common weaknesses.',
    evidence: [
      'Security awareness and training plan',
      'Training completion records per person',
      'Phishing simulation results and follow-up',
      'Role-based training records for technical staff',
      'Induction checklist including security training',
    ],
  },
  {
    id: '6.4',
    title: 'Disciplinary process',
    theme: 'people',
    guidance:
      'Auditors expect a formal disciplinary process that explicitly covers information security breaches, has been communicated to staff, respects employment law and is applied consistently. They check it is referenced in the handbook or security policies and may ask HR whether it has been used for a security breach and how the outcome was recorded. A generic HR policy that never mentions security, or that staff are unaware of, is a frequent gap.',
    evidence: [
      'Disciplinary policy referencing security breaches',
      'Communication of the process to staff',
      'Anonymised case records involving security breaches',
      'Procedure linking incident management to HR action',
    ],
  },
  {
    id: '6.5',
    title: 'Responsibilities after termination or change of employment',
    theme: 'people',
    guidance:
      'Auditors check that people leaving or changing roles are reminded of obligations that survive, such as confidentiality and intellectual property, and that these are enforceable through the contract or exit paperwork. They sample leavers for exit reminders or signed declarations and sample movers to confirm that access from the previous role was removed. Movers quietly accumulating access across several roles is a more frequent finding than problems with leavers.',
    evidence: [
      'Offboarding procedure including a reminder of continuing obligations',
      'Signed exit declarations or reminder letters',
      'Role change records showing access adjustments',
      'Contract clauses on post-employment obligations',
    ],
  },
  {
    id: '6.6',
    title: 'Confidentiality or non-disclosure agreements',
    theme: 'people',
    guidance:
      'Auditors look for NDAs or confidentiality clauses covering employees, contractors, suppliers and, where relevant, visitors, with terms that reflect what needs protecting, how long the obligation lasts and what happens to information at the end. They sample people and third parties with access to sensitive data and confirm agreements were signed before any disclosure. Expect to be asked when the templates were last reviewed; stale templates and missing NDAs for consultants are common gaps.',
    evidence: [
      'NDA templates with review history',
      'Register of signed NDAs with third parties',
      'Signed NDAs for sampled contractors and suppliers',
      'Confidentiality clauses in employment contracts',
    ],
  },
  {
    id: '6.7',
    title: 'Remote working',
    theme: 'people',
    guidance:
      'Auditors expect a remote working policy addressing approved devices, secure connectivity, working in homes and public places, printing and disposal of paper, and being overheard on calls, backed by technical controls such as managed devices, full-disk encryption, MFA and VPN or zero-trust access. They test it by interviewing remote staff and reviewing MDM compliance reports. Policies written for occasional home working that do not reflect a largely hybrid workforce, and unmanaged personal devices with access to company data, are common findings.',
    evidence: [
      'Remote working policy',
      'MDM compliance reports showing encryption and patch status',
      'Conditional access or VPN configuration',
      'Remote worker acknowledgements or training records',
    ],
  },
  {
    id: '6.8',
    title: 'Information security event reporting',
    theme: 'people',
    guidance:
      'Auditors check that everyone knows how to report suspected events promptly through a simple, well-publicised channel, such as a service desk category, a dedicated mailbox or a phishing report button. They ask random employees how they would report a lost laptop or a suspicious email, compare the answer with the procedure, and look at the volume and timeliness of reports received. A very low number of reports usually signals poor awareness rather than an absence of events.',
    evidence: [
      'Event reporting procedure and its communication to staff',
      'Phishing report button statistics',
      'Service desk tickets for reported events',
      'Awareness material explaining how to report',
    ],
  },
];
