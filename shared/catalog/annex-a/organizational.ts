import type { AnnexAControl } from '../types';

/** ISO/IEC 27001:2022 Annex A, organisational controls 5.1 to 5.37. */
export const ORGANIZATIONAL_CONTROLS: AnnexAControl[] = [
  {
    id: '5.1',
    title: 'Policies for information security',
    theme: 'organizational',
    guidance:
      'Auditors expect a top-level information security policy approved by top management, plus the topic-specific policies that your risk treatment actually relies on (access control, supplier security, acceptable use and so on). At Stage 1 they check that each policy has an owner, a version, an approval date and a defined review interval, typically annual or after significant change; at Stage 2 they interview staff to test whether the policies were communicated and are understood. Common findings are template policies describing controls nobody operates and review dates that have quietly lapsed.',
    evidence: [
      'Approved information security policy with version history and sign-off',
      'Topic-specific policies with named owners and review dates',
      'Records of communication to staff and relevant interested parties',
      'Records of the last scheduled policy review',
      'Staff acknowledgement records from the HR or policy portal',
    ],
  },
  {
    id: '5.2',
    title: 'Information security roles and responsibilities',
    theme: 'organizational',
    guidance:
      'The auditor wants to see who is accountable for what: a named ISMS manager or CISO, asset and risk owners, and security duties written into job descriptions or a RACI. Expect them to pick a risk from the register and ask the named owner to explain it; an owner who does not know they hold the risk is a classic nonconformity. Small organisations often give everything to one person with no deputy, which raises questions about capacity and cover during absence.',
    evidence: [
      'ISMS organisation chart or RACI matrix',
      'Job descriptions containing security responsibilities',
      'Appointment letter or board minutes naming the ISMS lead',
      'Risk and asset registers showing named owners',
    ],
  },
  {
    id: '5.3',
    title: 'Segregation of duties',
    theme: 'organizational',
    guidance:
      'Auditors look for an analysis of which combinations of duties are incompatible in your environment, such as raising and approving payments, writing and deploying code to production, or requesting and granting access. Where headcount makes full separation impossible, they expect compensating controls such as independent log review or management sign-off, and a recorded acceptance of the residual risk. A frequent gap is administrators who can both change systems and alter or delete the audit logs of those changes.',
    evidence: [
      'Segregation of duties matrix or conflict rules',
      'Role definitions in finance, ERP or deployment tooling',
      'Records of compensating controls such as independent log reviews',
      'Change records showing an approver different from the implementer',
    ],
  },
  {
    id: '5.4',
    title: 'Management responsibilities',
    theme: 'organizational',
    guidance:
      'This control is about line managers actively requiring their teams to work securely, as distinct from top management commitment under clause 5.1. Auditors interview managers to test whether they know the policies relevant to their area, make sure their staff complete training and enforce the rules day to day. Weak evidence is a policy statement with nothing to show that managers ever chase overdue training or act on breaches.',
    evidence: [
      'Manager briefings or onboarding packs on security expectations',
      'Training completion dashboards reviewed by managers',
      'Objectives or appraisals that include security responsibilities',
      'Records of managers following up non-compliance',
    ],
  },
  {
    id: '5.5',
    title: 'Contact with authorities',
    theme: 'organizational',
    guidance:
      'Auditors expect a maintained list of the authorities you may need to reach, such as the data protection regulator (the ICO in the UK), police cyber crime units, the national CSIRT, sector regulators and emergency services, stating who is authorised to make contact and in what circumstances. They check the list is current and linked to the incident and continuity procedures, for example the 72-hour personal data breach notification. Stale contact details and no named decision-maker for regulator notifications are the usual findings.',
    evidence: [
      'Authority contacts register with owner and last-reviewed date',
      'Incident procedure setting out notification triggers and deadlines',
      'Records of past notifications or regulator correspondence',
      'Business continuity plan contact annex',
    ],
  },
  {
    id: '5.6',
    title: 'Contact with special interest groups',
    theme: 'organizational',
    guidance:
      'Auditors look for genuine participation in forums that keep the security team current, such as sector ISACs, professional bodies like ISACA, ISC2 or BCS, vendor security advisory lists and local security meetups. They typically ask what the organisation gained recently, for example an advisory that led to an emergency patch. A list of memberships that nobody attends or reads will be seen as box-ticking.',
    evidence: [
      'Register of memberships and subscriptions with owners',
      'Examples of advisories received and the actions taken',
      'Conference or forum attendance records',
      'CPD records for security staff',
    ],
  },
  {
    id: '5.7',
    title: 'Threat intelligence',
    theme: 'organizational',
    guidance:
      'New in the 2022 revision, this control is audited on whether intelligence is gathered, analysed and acted upon, not merely subscribed to. Auditors expect defined sources (NCSC or CISA alerts, sector ISAC bulletins, EDR or firewall vendor reporting), a named person who triages them, and evidence that relevant items fed into the risk assessment, patching priorities or detection rules. Proportionality matters: a small firm can meet this with a structured weekly review of free feeds, but it must leave a trail.',
    evidence: [
      'Threat intelligence procedure listing sources and triage responsibilities',
      'Log or tickets of intelligence items reviewed and actions taken',
      'Periodic threat briefing to management',
      'Risk register updates referencing emerging threats',
      'Detection rule or blocklist changes driven by intelligence',
    ],
  },
  {
    id: '5.8',
    title: 'Information security in project management',
    theme: 'organizational',
    guidance:
      'Auditors check that security is built into your project methodology rather than bolted on at go-live: a security and privacy risk assessment at initiation, security requirements captured, and a security sign-off gate before launch. They usually sample two or three recent projects, including non-IT ones such as an office move or a newly outsourced service, and look for the artefacts at each stage. Projects that skipped the gate because of deadlines, with no recorded risk acceptance, are a frequent finding.',
    evidence: [
      'Project methodology with security checkpoints',
      'Project security risk assessments or DPIAs',
      'Security requirements in project initiation documents',
      'Go-live approvals including security sign-off',
    ],
  },
  {
    id: '5.9',
    title: 'Inventory of information and other associated assets',
    theme: 'organizational',
    guidance:
      'The auditor expects an inventory that covers information assets as well as hardware, with an owner, classification and location for each entry, and that is reconciled against reality. They sample in both directions: pick an entry and ask to see it, then pick a laptop, SaaS tool or database they come across and check it is listed. Shadow IT, unlisted cloud services and spreadsheets last touched before the previous audit are the usual problems; automated discovery from MDM or cloud consoles strengthens the evidence.',
    evidence: [
      'Asset inventory with owner, classification and location fields',
      'Records of periodic inventory reconciliation',
      'MDM, CMDB or cloud console exports',
      'SaaS application register',
    ],
  },
  {
    id: '5.10',
    title: 'Acceptable use of information and other associated assets',
    theme: 'organizational',
    guidance:
      'Auditors look for clear, communicated rules on how staff and contractors may use information, devices, email, the internet, generative AI tools and removable media, and for proof that users have accepted them. They often ask a random employee what is and is not allowed, for instance whether work email may be forwarded to a personal account. Rules that ignore newer risks, such as pasting confidential data into public AI tools, or that contractors never signed, are common weaknesses.',
    evidence: [
      'Acceptable use policy with version and approval',
      'Signed or electronically accepted user acknowledgements',
      'Handling rules for each classification level',
      'Technical enforcement such as web filtering or DLP configuration',
    ],
  },
  {
    id: '5.11',
    title: 'Return of assets',
    theme: 'organizational',
    guidance:
      'Auditors sample leavers from the HR system across the audit period and trace each one through the offboarding checklist to confirm that laptops, tokens, badges and any company information held on personal devices were recovered. They also check that the process covers contractors and internal role changes, not only employees. Missing devices with no follow-up, and no way of retrieving company data from BYOD devices, are frequent findings.',
    evidence: [
      'Leavers list from HR for the audit period',
      'Completed offboarding checklists confirming asset return',
      'Asset inventory showing returned or reassigned status',
      'MDM records of remote wipe for BYOD or unreturned devices',
    ],
  },
  {
    id: '5.12',
    title: 'Classification of information',
    theme: 'organizational',
    guidance:
      'Auditors expect a classification scheme simple enough for staff to apply, typically three or four levels such as Public, Internal, Confidential and Restricted, with criteria based on confidentiality, integrity, availability and legal obligations. They check that asset owners have actually classified the key information sets and that staff can explain the levels without looking them up. Schemes lifted from government templates with too many levels, which nobody applies consistently, are a common weakness.',
    evidence: [
      'Information classification policy or standard',
      'Asset inventory showing assigned classifications',
      'Examples of classified documents or data stores',
      'Training material explaining the scheme',
    ],
  },
  {
    id: '5.13',
    title: 'Labelling of information',
    theme: 'organizational',
    guidance:
      'Auditors check that classification can be recognised in practice, through document headers and footers, email tags, metadata labels such as Microsoft Purview sensitivity labels, or physical labels on media. They sample documents and repositories to see whether labels match the stated classification and ask how unlabelled items are treated by default. Labelling rules that are defined but applied to nothing, or only to paper, are a frequent finding.',
    evidence: [
      'Labelling procedure tied to the classification scheme',
      'Sample documents and emails bearing labels',
      'Configuration of sensitivity labelling tools',
      'Rules for labelling physical media and printed output',
    ],
  },
  {
    id: '5.14',
    title: 'Information transfer',
    theme: 'organizational',
    guidance:
      'Auditors look at every channel through which information moves in or out: email, file sharing, SFTP, APIs, removable media, couriers and even phone calls. They expect rules proportionate to classification, such as encryption in transit, approved sharing platforms and transfer agreements with third parties, and they often test whether anonymous external sharing links in SharePoint or Google Drive are restricted. Uncontrolled use of personal file-sharing services and missing data sharing agreements with partners are typical gaps.',
    evidence: [
      'Information transfer policy or procedure',
      'Data transfer or data sharing agreements with third parties',
      'Email encryption and TLS configuration',
      'External sharing settings for collaboration platforms',
      'Courier or secure transport records for physical media',
    ],
  },
  {
    id: '5.15',
    title: 'Access control',
    theme: 'organizational',
    guidance:
      'Auditors expect an access control policy covering both logical and physical access that sets out least privilege, need-to-know, role-based access and how information owners approve access, and then test whether systems actually follow it. They sample key systems and compare their access configuration with the stated principles, with particular attention to privileged and shared accounts. A generic policy that never mentions the organisation\'s real systems, roles or approvers is a common weakness.',
    evidence: [
      'Access control policy covering logical and physical access',
      'Role definitions or role-based access matrices',
      'Access configuration extracts for key systems',
      'Records of access approvals by information owners',
    ],
  },
  {
    id: '5.16',
    title: 'Identity management',
    theme: 'organizational',
    guidance:
      'Auditors focus on the full identity lifecycle: a unique ID per person, creation triggered by HR, control of shared, service and other non-human accounts, and prompt disablement. They typically reconcile the identity provider (for example Entra ID or Okta) against HR starter and leaver lists, looking for orphaned accounts and leavers still active days after their last day. Generic shared logins without a named owner and service accounts nobody can explain are common findings.',
    evidence: [
      'Joiner-mover-leaver procedure',
      'Identity provider user export reconciled with HR records',
      'Register of shared and service accounts with owners',
      'Tickets showing account creation and disablement dates',
    ],
  },
  {
    id: '5.17',
    title: 'Authentication information',
    theme: 'organizational',
    guidance:
      'Auditors check how passwords, PINs, tokens and keys are issued, stored and changed, and what users are told about protecting them. They look for a password standard in line with current good practice (length over complexity, no arbitrary forced expiry, screening against breached passwords), MFA coverage, a corporate password manager and secure delivery of initial credentials. Secrets hard-coded in scripts or repositories, shared spreadsheets of passwords and temporary passwords sent by plain email are frequent findings.',
    evidence: [
      'Password and authentication standard',
      'Identity provider password and MFA policy configuration',
      'Password manager deployment records',
      'User guidance on protecting credentials',
      'Secret scanning results for code repositories',
    ],
  },
  {
    id: '5.18',
    title: 'Access rights',
    theme: 'organizational',
    guidance:
      'This is one of the most heavily sampled controls: auditors select joiners, movers and leavers from the audit period and trace approval, provisioning and removal, then examine the periodic access reviews. They expect reviews at a defined frequency, commonly quarterly for privileged access and six-monthly or annually for the rest, carried out by the business owner with revocations actually actioned. Reviews rubber-stamped with no changes, or reviews covering Active Directory but ignoring SaaS applications, are classic nonconformities.',
    evidence: [
      'Access request and approval tickets',
      'Completed access reviews with reviewer sign-off',
      'Evidence of revocations resulting from reviews',
      'Leaver access removal timestamps compared with leaving dates',
    ],
  },
  {
    id: '5.19',
    title: 'Information security in supplier relationships',
    theme: 'organizational',
    guidance:
      'Auditors expect a supplier security process that tiers suppliers by risk, for example by data access and criticality, and applies proportionate due diligence before onboarding, such as questionnaires, ISO 27001 certificates or SOC 2 reports. They sample critical suppliers, check the assessment happened before contract signature, and verify that the scope of any certificate relied upon actually covers the service you buy. A supplier register that misses SaaS tools bought on company credit cards is a common weakness.',
    evidence: [
      'Supplier security policy and tiering criteria',
      'Supplier register with risk ratings',
      'Due diligence questionnaires or assessment records',
      'Supplier certificates or assurance reports with scope checked',
    ],
  },
  {
    id: '5.20',
    title: 'Addressing information security within supplier agreements',
    theme: 'organizational',
    guidance:
      'Auditors read the contracts of a sample of high-risk suppliers to confirm that security requirements are written in: confidentiality, data protection terms, breach notification timescales, a right to audit or to receive assurance reports, control over sub-processors, and return or deletion of data on exit. They compare the clauses with what the supplier\'s risk tier demands. Standard click-through terms for critical SaaS suppliers that nobody checked against your requirements are a frequent finding.',
    evidence: [
      'Contract security schedule or clause template',
      'Signed contracts for sampled suppliers',
      'Data processing agreements meeting UK GDPR Article 28',
      'Records of contract review against tier requirements',
    ],
  },
  {
    id: '5.21',
    title: 'Managing information security in the ICT supply chain',
    theme: 'organizational',
    guidance:
      'Auditors look beyond direct suppliers to risks further down the ICT supply chain: sub-processors, the hosting providers behind your SaaS vendors, open-source components and hardware provenance. Expect questions on how you learn of a supplier\'s sub-processor changes, whether security terms are flowed down, and how software dependencies are managed, for example with SBOMs or software composition analysis. Many organisations have no visibility of fourth parties at all.',
    evidence: [
      'Sub-processor lists and change notifications for critical suppliers',
      'Contract clauses requiring flow-down of security requirements',
      'Software composition analysis or SBOM outputs',
      'Procurement criteria for ICT hardware and software',
    ],
  },
  {
    id: '5.22',
    title: 'Monitoring, review and change management of supplier services',
    theme: 'organizational',
    guidance:
      'Auditors expect suppliers to be reviewed after onboarding at a frequency set by risk tier, for example annually for critical suppliers, using refreshed SOC 2 reports or certificates, SLA performance, incident history and service review meetings. They also check how changes on the supplier side, such as new hosting regions, sub-processors or a change of ownership, are assessed before being accepted. Supplier files holding nothing but the original onboarding assessment from years ago are the commonest finding.',
    evidence: [
      'Supplier review schedule by tier',
      'Minutes of service review meetings',
      'Refreshed assurance reports with review notes and exceptions followed up',
      'Supplier SLA and incident reports',
      'Assessments of supplier change notifications',
    ],
  },
  {
    id: '5.23',
    title: 'Information security for use of cloud services',
    theme: 'organizational',
    guidance:
      'New in 2022, this control spans the whole life of a cloud service: selection criteria, secure configuration, shared responsibility and exit. Auditors look for a cloud policy or standard, a shared responsibility matrix for key services, hardened baselines (for example CIS benchmarks monitored with posture management tooling) and documented exit plans covering data retrieval. Assuming the provider\'s certification covers your own configuration responsibilities is the most common misunderstanding.',
    evidence: [
      'Cloud services policy or standard',
      'Shared responsibility matrix for each critical cloud service',
      'Cloud security posture reports or configuration baselines',
      'Exit and data portability plans',
      'Register of approved cloud services',
    ],
  },
  {
    id: '5.24',
    title: 'Information security incident management planning and preparation',
    theme: 'organizational',
    guidance:
      'Auditors expect an incident response plan with defined roles, a severity scale, escalation routes, communication templates and contact details for internal and external parties, including the cyber insurer and any forensic retainer. They check the plan has been exercised, typically through an annual tabletop, and that responders have been trained for their roles. Plans that have never been tested, or that name people who have since left, are frequent findings.',
    evidence: [
      'Incident management policy and response plan',
      'Severity and escalation matrix',
      'Tabletop exercise reports with follow-up actions',
      'Incident response team roster and training records',
    ],
  },
  {
    id: '5.25',
    title: 'Assessment and decision on information security events',
    theme: 'organizational',
    guidance:
      'Auditors look for defined criteria that determine when an event, such as a SIEM alert, a user report or a lost phone, is treated as an incident, and who makes that call. They sample entries from the service desk or SIEM and check that triage decisions were recorded with reasons, including events closed as non-incidents. A common weakness is triage done informally in chat, leaving no record of why something was or was not escalated.',
    evidence: [
      'Event triage criteria and classification scheme',
      'Event and incident log or ticket queue',
      'Triage records showing assessment decisions',
      'SOC or MSSP escalation reports',
    ],
  },
  {
    id: '5.26',
    title: 'Response to information security incidents',
    theme: 'organizational',
    guidance:
      'Auditors sample incidents from the audit period and trace them through containment, eradication, recovery, communication and closure, checking that the documented procedure was followed and that target timescales were met. They pay close attention to regulatory and contractual notifications, such as personal data breaches reported to the ICO within 72 hours or customers informed within contractual deadlines. Incomplete records with no closure approval or no documented notification decision are typical findings.',
    evidence: [
      'Incident records with a timeline of response actions',
      'Response playbooks, for example for ransomware or phishing',
      'Records of notification decisions and communications',
      'Incident closure approvals',
    ],
  },
  {
    id: '5.27',
    title: 'Learning from information security incidents',
    theme: 'organizational',
    guidance:
      'Auditors expect post-incident reviews for significant incidents and periodic trend analysis across minor ones, with lessons turned into tracked actions such as control changes, training updates or new risk register entries. They check that those actions were completed and that incident trends are reported into management review. A lessons-learned field that reads "none" on every ticket suggests the control is not really operating.',
    evidence: [
      'Post-incident review reports',
      'Corrective action log linked to incidents',
      'Incident trend reports presented at management review',
      'Risk register or training updates citing incidents',
    ],
  },
  {
    id: '5.28',
    title: 'Collection of evidence',
    theme: 'organizational',
    guidance:
      'Auditors check there is a procedure for identifying, preserving and handling evidence so that it stays usable for disciplinary, legal or insurance purposes, including chain of custody and forensic imaging. They ask who is competent to collect it, whether an external forensic provider is on retainer, and whether log retention is long enough to support investigations. A common real-world failure is an administrator re-imaging a compromised laptop before anyone thinks to preserve it.',
    evidence: [
      'Evidence collection and preservation procedure',
      'Chain of custody forms',
      'Forensic retainer contract or named provider',
      'Log retention settings that support investigations',
    ],
  },
  {
    id: '5.29',
    title: 'Information security during disruption',
    theme: 'organizational',
    guidance:
      'Auditors examine whether continuity arrangements keep security intact when things go wrong: whether failover sites have equivalent access controls, whether emergency and break-glass access is controlled and logged, and whether manual workarounds still protect confidential data. They check that business continuity plans and tests consider security and not only availability. Plans that let security controls be bypassed during a crisis without authorisation or a record are a common weakness.',
    evidence: [
      'Business continuity plans including security requirements',
      'Continuity and disaster recovery test reports',
      'Break-glass access procedure and usage logs',
      'Business impact analysis',
    ],
  },
  {
    id: '5.30',
    title: 'ICT readiness for business continuity',
    theme: 'organizational',
    guidance:
      'New in 2022, this control needs evidence that ICT services can be restored within the timescales the business actually needs. Auditors expect recovery time and recovery point objectives derived from a business impact analysis, documented recovery plans for critical systems, and test results showing those objectives were met. The usual gap is RTOs agreed on paper but never tested, or backups only ever restored as single files rather than full system recoveries.',
    evidence: [
      'Business impact analysis with RTOs and RPOs',
      'ICT disaster recovery plans for critical services',
      'DR test reports comparing actual and target recovery times',
      'Backup restore test records',
    ],
  },
  {
    id: '5.31',
    title: 'Legal, statutory, regulatory and contractual requirements',
    theme: 'organizational',
    guidance:
      'Auditors expect a register of the laws, regulations and contractual obligations that bear on information security, such as UK GDPR and the Data Protection Act 2018, the NIS Regulations, export and cryptography rules and key customer contract clauses, each with an owner and a review date. They check how changes in legislation are picked up and how obligations are translated into specific controls. A generic list with no link to actual controls or contracts is a frequent finding.',
    evidence: [
      'Legal, regulatory and contractual requirements register',
      'Records of periodic review, for example by legal counsel',
      'Log of customer contract security obligations',
      'Mapping of requirements to controls',
    ],
  },
  {
    id: '5.32',
    title: 'Intellectual property rights',
    theme: 'organizational',
    guidance:
      'Auditors look at software licence management, the use of third-party content, open-source licence compliance and how the organisation protects its own intellectual property. They may compare installed software or SaaS seat counts with licence entitlements and ask how developers check open-source licence terms before adding a dependency. Over-deployed or unlicensed software and no review of copyleft licences in shipped products are common findings.',
    evidence: [
      'Software licence register reconciled with deployments',
      'Approved software list or installation restrictions',
      'Open-source licence scanning results',
      'Policy on use of third-party and copyrighted material',
    ],
  },
  {
    id: '5.33',
    title: 'Protection of records',
    theme: 'organizational',
    guidance:
      'Auditors expect a retention schedule stating how long each record type is kept, where, in what format and how it is disposed of, driven by legal, regulatory and business needs. They sample record types such as HR files, financial records or audit logs and check that retention and protection against loss, tampering and unauthorised access match the schedule. Keeping everything forever by default, with no deletion ever happening, is a common weakness, especially where personal data is involved.',
    evidence: [
      'Records retention schedule',
      'Records of disposal or automated deletion',
      'Retention policies configured in email and document systems',
      'Access and integrity controls on key record stores',
    ],
  },
  {
    id: '5.34',
    title: 'Privacy and protection of PII',
    theme: 'organizational',
    guidance:
      'Auditors check that personal data obligations are embedded in the ISMS: a record of processing activities, documented lawful bases, DPIAs for high-risk processing, a DPO or privacy lead where required, and working processes for data subject requests and breach notification. They usually sample subject access requests and DPIAs for timeliness and quality. Privacy and security run by separate teams with no connection between their risk registers is a common weakness.',
    evidence: [
      'Record of processing activities',
      'Privacy policy and privacy notices',
      'Completed DPIAs',
      'Data subject request log with response times',
      'Personal data breach register',
    ],
  },
  {
    id: '5.35',
    title: 'Independent review of information security',
    theme: 'organizational',
    guidance:
      'Auditors look for planned, independent reviews of how information security is managed, carried out by people with no responsibility for the area under review, such as external consultants, group assurance or a second-line risk function. They check the reviews happen at planned intervals and after significant change, and that findings reach management and are tracked to closure. An internal audit performed solely by the ISMS manager who built the system fails the independence test.',
    evidence: [
      'Independent review plan or schedule',
      'External review or assessment reports',
      'Management responses and action plans',
      'Records demonstrating reviewer independence',
    ],
  },
  {
    id: '5.36',
    title: 'Compliance with policies, rules and standards for information security',
    theme: 'organizational',
    guidance:
      'Auditors expect managers and system owners to check routinely that their areas comply with security policies and technical standards, for example through compliance checklists, configuration scans against hardening baselines or spot checks of clear desk and access practices. They look for non-compliances being recorded, analysed for cause and corrected. Relying solely on the annual internal audit, with no routine compliance monitoring in between, is a common weakness.',
    evidence: [
      'Compliance review schedule and checklists',
      'Technical compliance scan results, for example CIS benchmark reports',
      'Non-compliance records and corrective actions',
      'Management reports on compliance status',
    ],
  },
  {
    id: '5.37',
    title: 'Documented operating procedures',
    theme: 'organizational',
    guidance:
      'Auditors look for written procedures covering operational tasks where mistakes or inconsistency would create risk, such as backups, user provisioning, patching, server builds and restores, and check that the people who need them can reach them. They often ask an engineer to walk through a task and compare what they do with what the runbook says. Knowledge held only in one person\'s head, and runbooks several versions behind current tooling, are frequent findings.',
    evidence: [
      'Operating procedures and runbooks under document control',
      'Version history and review dates',
      'Operations wiki or knowledge base access for relevant staff',
      'Execution records such as backup or patch logs',
    ],
  },
];
