import type { AnnexAControl } from '../types';

/** ISO/IEC 27001:2022 Annex A, theme 8: technological controls (8.1 to 8.34). */
export const TECHNOLOGICAL_CONTROLS: AnnexAControl[] = [
  {
    id: '8.1',
    title: 'User end point devices',
    theme: 'technological',
    guidance:
      'Auditors look for a defined baseline for laptops and mobile devices that is enforced technically rather than by policy alone: full-disk encryption, screen lock, supported OS version, endpoint protection and remote wipe. They will sample devices from the asset register, check each one in the MDM console, and ask how personal phones used for email or chat are controlled, for example through app protection policies or conditional access. Typical weaknesses are devices that never enrolled, developers with local admin and no compensating control, and no follow-up when a device drops out of compliance.',
    evidence: [
      'MDM compliance report for company laptops and phones',
      'Disk encryption status report (e.g. FileVault or BitLocker)',
      'Conditional access policy requiring a compliant device',
      'BYOD policy with user acknowledgements',
      'Reconciliation of the asset register to MDM enrolment',
    ],
  },
  {
    id: '8.2',
    title: 'Privileged access rights',
    theme: 'technological',
    guidance:
      'The auditor wants to see who holds admin rights in the identity provider, cloud consoles, production databases and SaaS admin panels, and that every assignment is approved, justified and reviewed, typically each quarter. Expect them to look for separate admin accounts or just-in-time elevation, MFA on all privileged sessions and logging of admin activity. The most common findings are too many global or owner-level admins, break-glass accounts with no alerting on use, and reviews that are signed off without a single removal.',
    evidence: [
      'List of privileged accounts per critical system with approval records',
      'Quarterly privileged access review showing actions taken',
      'PAM or just-in-time elevation configuration',
      'Break-glass account procedure and usage alerts',
      'Cloud IAM report of admin role assignments',
    ],
  },
  {
    id: '8.3',
    title: 'Information access restriction',
    theme: 'technological',
    guidance:
      'This is where the auditor tests whether the access rules on paper are actually built into systems: roles in the CRM, restricted folders in shared drives, tenant isolation in the product and least-privilege policies on cloud storage. They will usually pick a sensitive data set, such as HR records or customer production data, and ask who can reach it and why. Frequent findings are "anyone with the link" sharing, publicly readable storage buckets and broad groups such as "All staff" given access to confidential sites.',
    evidence: [
      'Role matrix or RBAC definitions for key applications',
      'File-sharing report of external and anonymous links',
      'Cloud storage bucket policies and public access block settings',
      'Access review of a sensitive data repository',
    ],
  },
  {
    id: '8.4',
    title: 'Access to source code',
    theme: 'technological',
    guidance:
      'The auditor checks who has access to which repositories and at what permission level, how that access is granted and removed, and whether main branches are protected so that nothing merges without review. Expect questions on SSO and MFA for the code hosting platform, limits on outside collaborators, secrets scanning, and whether anyone would notice a repository being made public or cloned in bulk. A frequent finding is leavers whose personal GitHub or GitLab accounts remain in the organisation, or contractors with read access to every repository.',
    evidence: [
      'Repository access list and organisation membership export',
      'Branch protection rules on main branches',
      'SSO and MFA enforcement settings on the code hosting platform',
      'Audit log of repository visibility changes',
      'Periodic repository access review including contractors',
    ],
  },
  {
    id: '8.5',
    title: 'Secure authentication',
    theme: 'technological',
    guidance:
      'The auditor looks for MFA on all remote and cloud access, increasingly phishing-resistant methods such as FIDO2 keys or passkeys for administrators, and single sign-on to bring applications under one identity provider. They will compare password and lockout settings with the organisation\'s own standard and ask how the product login protects customer accounts, for example with rate limiting and optional MFA. Typical gaps are legacy authentication protocols left enabled, service accounts excluded from MFA without a documented compensating control, and SaaS tools outside SSO with local passwords.',
    evidence: [
      'Identity provider MFA enforcement report and list of exclusions',
      'Conditional access or sign-in policy configuration',
      'Password and lockout policy settings',
      'Inventory of applications integrated with SSO',
      'Product authentication design covering MFA and rate limiting',
    ],
  },
  {
    id: '8.6',
    title: 'Capacity management',
    theme: 'technological',
    guidance:
      'Auditors expect infrastructure, licence and staffing capacity to be tracked against demand, with thresholds that prompt action before performance degrades. In SaaS environments this usually means autoscaling settings, dashboards and alerts for CPU, memory, storage and database connections, and monitoring of cloud service quotas and spend. Weak answers rely on "the cloud scales automatically" with no evidence of quota reviews, database sizing or planning ahead of large customer onboardings.',
    evidence: [
      'Monitoring dashboards and alert thresholds for key resources',
      'Autoscaling configuration and service quota reviews',
      'Capacity planning notes or operational review minutes',
      'Capacity-related incident records with follow-up actions',
    ],
  },
  {
    id: '8.7',
    title: 'Protection against malware',
    theme: 'technological',
    guidance:
      'The auditor checks that EDR or next-generation antivirus runs on every in-scope endpoint and server, is kept current and is centrally monitored, with alerts reaching someone who acts on them. They will compare the console device count with the asset register and ask about email attachment and link scanning, scanning of files uploaded to the product, and phishing awareness. Common weaknesses are Linux servers or container hosts with no coverage and tamper protection switched off by users with local admin rights.',
    evidence: [
      'EDR console report of protected devices and agent versions',
      'Reconciliation of EDR coverage to the asset inventory',
      'Email security configuration (attachment sandboxing, link rewriting)',
      'Sample malware alert with investigation notes',
      'Phishing simulation results',
    ],
  },
  {
    id: '8.8',
    title: 'Management of technical vulnerabilities',
    theme: 'technological',
    guidance:
      'Auditors expect a working process that finds weaknesses (authenticated infrastructure scans, container image and dependency scanning, cloud posture checks), ranks them by risk and fixes them within stated timescales, for example critical issues within 14 days. They will sample findings from recent scan reports and trace them to tickets and closure, and look for at least an annual independent penetration test with retest evidence. Weaknesses include remediation deadlines routinely missed with no exception process, scans that skip part of the estate and ignored open source library vulnerabilities.',
    evidence: [
      'Vulnerability management procedure with remediation timescales',
      'Recent scan reports and trend metrics',
      'Tickets showing remediation of sampled findings',
      'Penetration test report and retest confirmation',
      'Risk acceptance records for unremediated vulnerabilities',
    ],
  },
  {
    id: '8.9',
    title: 'Configuration management',
    theme: 'technological',
    guidance:
      'The auditor looks for written hardening baselines for key technologies (operating systems, cloud accounts, network devices, SaaS tenants), usually derived from CIS Benchmarks or vendor guidance, plus evidence that they are applied and that drift is detected. In cloud-first companies infrastructure as code and a cloud security posture management tool make strong evidence, provided changes really flow through version control. Common gaps are baselines written once and never revisited, default settings left in SaaS admin consoles, and manual console changes that bypass Terraform or similar tooling.',
    evidence: [
      'Hardening standards or baselines with review dates',
      'Infrastructure as code repositories with change history',
      'CSPM or configuration compliance reports',
      'Drift detection alerts and resolution records',
    ],
  },
  {
    id: '8.10',
    title: 'Information deletion',
    theme: 'technological',
    guidance:
      'The auditor checks that retention periods are set and that data is actually removed when they expire or when a customer leaves, including copies in backups, logs and sub-processors. Expect to be asked for proof of a customer data purge after contract end and, where personal data is in scope, a sample of erasure requests from data subjects. Weaknesses include retention schedules that exist only on paper, no automated lifecycle rules and no confirmation from suppliers that they have purged data.',
    evidence: [
      'Data retention schedule',
      'Storage lifecycle or automated purge configuration',
      'Customer offboarding deletion records or certificates',
      'Log of data subject erasure requests',
      'Deletion confirmations from sub-processors',
    ],
  },
  {
    id: '8.11',
    title: 'Data masking',
    theme: 'technological',
    guidance:
      'Auditors look for where sensitive fields, especially personal and payment data, are hidden, pseudonymised or tokenised, and for a clear link between those choices and the access and privacy rules the organisation has set. Good places to check are support tools that show only partial card or ID numbers, analytics data sets keyed on pseudonyms, and non-production database copies. A common finding is production data copied in full into staging or handed to analysts without any masking step.',
    evidence: [
      'Data masking or pseudonymisation standard',
      'Screenshots of masked fields in support or admin tools',
      'Masking scripts or tokenisation service configuration',
      'Approval records for any unmasked non-production use',
    ],
  },
  {
    id: '8.12',
    title: 'Data leakage prevention',
    theme: 'technological',
    guidance:
      'The auditor expects the organisation to know where its sensitive data lives and the main routes by which it could leave (email, file sharing, removable media, personal cloud storage, generative AI tools, code repositories), with detection or blocking proportionate to the risk. Evidence can range from DLP rules in the email and collaboration suite, to CASB controls, to secrets scanning in repositories. Weaknesses include DLP running in audit-only mode with nobody reviewing the alerts, and no position on pasting confidential data into public AI services.',
    evidence: [
      'DLP rule configuration for email and collaboration platforms',
      'Sample DLP alerts with triage outcomes',
      'Secrets scanning alerts from code repositories',
      'Acceptable use guidance on AI tools and personal cloud storage',
      'CASB or web gateway upload restrictions',
    ],
  },
  {
    id: '8.13',
    title: 'Information backup',
    theme: 'technological',
    guidance:
      'The auditor wants a backup policy setting scope, frequency, retention and recovery point objectives that match business continuity needs, followed by proof that jobs succeed and that restores are rehearsed, normally at least annually for each critical system. For SaaS companies this covers database snapshots and point-in-time recovery, and also backups of SaaS data such as Microsoft 365, Google Workspace and code repositories that the provider does not fully protect. Typical findings are restores that have never been tried, backups held in the same cloud account as production with no immutability, and failed jobs nobody notices.',
    evidence: [
      'Backup policy with RPO and retention periods',
      'Backup job success reports and failure alerts',
      'Restore test records with timings compared to the RTO',
      'Immutable or cross-account backup configuration',
      'SaaS backup tool configuration',
    ],
  },
  {
    id: '8.14',
    title: 'Redundancy of information processing facilities',
    theme: 'technological',
    guidance:
      'Auditors look for availability targets, usually taken from the business impact analysis or customer SLAs, and an architecture that can meet them: multi-AZ deployment, load balancing, database replicas and duplicate network or internet links. They will ask whether failover has been exercised rather than assumed, and whether remaining single points of failure, such as a single region or a single DNS provider, are recorded as accepted risks. A frequent weakness is resilient compute sitting on top of a critical dependency, such as a managed queue or third-party API, that has no fallback.',
    evidence: [
      'Architecture diagram showing redundant components',
      'Failover or disaster recovery test records',
      'Business impact analysis with availability targets',
      'Risk acceptance for known single points of failure',
      'Uptime reports against SLA',
    ],
  },
  {
    id: '8.15',
    title: 'Logging',
    theme: 'technological',
    guidance:
      'The auditor expects a logging standard stating which events must be captured (sign-ins, admin actions, configuration changes, access to sensitive data), where logs are centralised, how long they are kept and how tampering is prevented. They will pick a few sources, typically the identity provider, the cloud audit trail and the production application, and confirm that logs exist, reach the SIEM or log platform and are kept for the stated period. Weaknesses include audit trails switched off in some cloud accounts or regions, logs that administrators can delete, and personal data written to logs without any thought.',
    evidence: [
      'Logging standard with retention periods',
      'Cloud audit trail configuration across all accounts',
      'Inventory of log sources feeding the SIEM or log platform',
      'Log storage immutability or access restriction settings',
      'Sample log extract for a privileged action',
    ],
  },
  {
    id: '8.16',
    title: 'Monitoring activities',
    theme: 'technological',
    guidance:
      'Logs only help if someone watches them, so the auditor looks for defined detection use cases (impossible travel, privilege escalation, mass downloads, logging disabled), named people or an MDR or SOC provider triaging them, and agreed response times. They will sample alerts and follow them through to investigation notes and incident tickets. Common findings are alert queues with hundreds of unacknowledged items, no baseline of normal activity, and no cover outside office hours without anyone having accepted that risk.',
    evidence: [
      'List of alert rules or detection use cases',
      'Sample alerts with triage and closure notes',
      'MDR or SOC service contract and monthly reports',
      'On-call rota and escalation procedure',
      'Monitoring coverage metrics',
    ],
  },
  {
    id: '8.17',
    title: 'Clock synchronization',
    theme: 'technological',
    guidance:
      'The auditor checks that systems take time from an agreed reference so that events from different logs can be lined up during an investigation. In cloud environments this is normally the provider time service, with endpoints syncing through the operating system, and the key evidence is the configuration plus a consistent time zone, usually UTC, across log sources. This rarely produces a major finding, but on-premises network devices and appliances with drifting clocks or no NTP settings come up regularly.',
    evidence: [
      'NTP configuration on servers and network devices',
      'Cloud provider time service settings',
      'Logging standard stating the time zone for timestamps',
      'Sample logs from different sources with aligned timestamps',
    ],
  },
  {
    id: '8.18',
    title: 'Use of privileged utility programs',
    theme: 'technological',
    guidance:
      'Auditors look at tools that can get round normal application and system safeguards, such as database admin clients, cloud shell, kubectl, remote management agents and registry editors, and check that only authorised staff can run them and that their use is recorded. For SaaS teams, shell or direct database access to production should pass through a bastion or session manager with session recording. Weaknesses include remote management tools installed widely with shared credentials and developers holding standing production database access.',
    evidence: [
      'Inventory of privileged utilities and authorised users',
      'Session manager or bastion logs and recordings',
      'Application allow-listing or endpoint restrictions on admin tools',
      'Approval records for production access',
    ],
  },
  {
    id: '8.19',
    title: 'Installation of software on operational systems',
    theme: 'technological',
    guidance:
      'The auditor checks how software reaches production servers and user devices: ideally only through CI/CD pipelines and approved images for servers, and through a managed app catalogue for laptops. They will ask who can install software, whether local admin rights are restricted, and whether there is an approved software list or a request route for new tools, including SaaS sign-ups. Common findings are unlicensed or unapproved software on laptops and engineers installing packages by hand on production hosts outside change control.',
    evidence: [
      'Approved software list or request and approval workflow',
      'MDM or endpoint software inventory report',
      'CI/CD pipeline configuration showing controlled deployment',
      'Report of users with local admin rights',
      'Golden image or container build definitions',
    ],
  },
  {
    id: '8.20',
    title: 'Networks security',
    theme: 'technological',
    guidance:
      'The auditor expects every network carrying company information, including office LAN and Wi-Fi, cloud VPCs and remote access, to be documented and protected with firewalls or security groups, locked-down management interfaces and traffic monitoring. They will review a current network diagram and sample firewall or security group rules for overly permissive entries such as SSH or RDP open to the internet. Weaknesses include diagrams years out of date, firewall rule reviews never carried out, and guest Wi-Fi with a shared password that never changes.',
    evidence: [
      'Current network diagrams for office and cloud environments',
      'Firewall and security group rule review records',
      'Wi-Fi configuration (WPA3 or WPA2-Enterprise, guest isolation)',
      'VPN or zero trust network access configuration',
      'Sample network monitoring or IDS alerts',
    ],
  },
  {
    id: '8.21',
    title: 'Security of network services',
    theme: 'technological',
    guidance:
      'This is about the network services the organisation buys in, such as ISPs, SD-WAN, CDN, managed DNS, DDoS protection and zero trust access providers. The auditor looks for the protection and performance expected of each provider to be written into contracts or service descriptions, and for someone to check periodically that the provider delivers it. A common gap is a CDN or DNS service running on default settings, with nobody having reviewed options such as DNSSEC, WAF rules or MFA on the provider account.',
    evidence: [
      'Network service contracts or SLAs with security terms',
      'DNS, CDN and DDoS protection configuration',
      'Reviewed provider assurance reports',
      'Service performance reports or outage reviews',
    ],
  },
  {
    id: '8.22',
    title: 'Segregation of networks',
    theme: 'technological',
    guidance:
      'The auditor checks that networks are divided into zones by trust level and purpose, such as guest Wi-Fi apart from corporate, production VPCs apart from development and management interfaces on their own segment, with traffic between zones filtered. In cloud estates, separate accounts or subscriptions per environment are a strong and easily demonstrated design. Flat office networks where printers, IoT devices and laptops share one segment, and VPC peering that lets development reach production, are common findings.',
    evidence: [
      'Network diagram showing zones and trust boundaries',
      'VLAN and inter-zone firewall rules',
      'Cloud account or subscription structure per environment',
      'Security group or Kubernetes network policy rules between tiers',
      'Segmentation test results from the penetration test',
    ],
  },
  {
    id: '8.23',
    title: 'Web filtering',
    theme: 'technological',
    guidance:
      'The auditor looks for a way to stop users reaching malicious or unacceptable websites, typically a DNS filtering service, secure web gateway or endpoint agent that works both in the office and away from it. They will check which categories are blocked, that remote workers are covered and that logs are reviewed or generate alerts. A frequent weakness is filtering that only applies on the office network, leaving remote laptops unprotected.',
    evidence: [
      'Web filtering policy and blocked category settings',
      'Agent deployment report covering remote devices',
      'Sample block logs or reports',
      'Exception request and approval records',
    ],
  },
  {
    id: '8.24',
    title: 'Use of cryptography',
    theme: 'technological',
    guidance:
      'Auditors expect a cryptography standard naming approved algorithms and protocols (for example TLS 1.2 or above and AES-256), saying where encryption at rest and in transit is mandatory, and covering how keys are generated, stored, rotated and revoked. In SaaS environments they will look at the KMS setup, key rotation, certificate management and whether customer-managed keys are offered. Typical findings include certificates that expire unnoticed, keys or secrets hard-coded in repositories and no clear owner for key management.',
    evidence: [
      'Cryptography and key management standard',
      'KMS key inventory with rotation settings',
      'TLS configuration scan of public endpoints',
      'Certificate inventory with expiry monitoring',
      'Encryption at rest settings for databases and storage',
    ],
  },
  {
    id: '8.25',
    title: 'Secure development life cycle',
    theme: 'technological',
    guidance:
      'The auditor wants to see security built into every stage of producing software, from requirements and design through coding, testing and release to maintenance, written up in an SDLC document or engineering handbook. They will pick a recent feature or release and trace it through threat modelling or security review, code review, automated tests and release approval. Weaknesses include an SDLC document that does not reflect how teams really work and security checks that are optional rather than enforced in the pipeline.',
    evidence: [
      'Secure development policy or engineering handbook',
      'Pipeline configuration showing security gates (SAST, dependency scanning)',
      'Sample pull requests with review approvals',
      'Threat model or security review for a recent feature',
      'Developer security training records',
    ],
  },
  {
    id: '8.26',
    title: 'Application security requirements',
    theme: 'technological',
    guidance:
      'The auditor wants to see that security needs are written down before an application is built or bought, covering authentication, authorisation, input validation, logging, encryption and privacy, often with a reference such as the OWASP ASVS. For purchased SaaS this takes the form of security questionnaires or due diligence before anyone signs up. Common weaknesses are user stories with no security acceptance criteria and teams adopting new SaaS tools with no security assessment at all.',
    evidence: [
      'Security requirements checklist or ASVS-based standard',
      'Tickets or user stories with security acceptance criteria',
      'Vendor security assessments for newly acquired applications',
      'Security sign-off records for major releases',
    ],
  },
  {
    id: '8.27',
    title: 'Secure system architecture and engineering principles',
    theme: 'technological',
    guidance:
      'Auditors look for a short set of design principles, such as defence in depth, least privilege, secure defaults, zero trust and failing safe, and for proof that architects and engineers refer to them when making design decisions. Architecture decision records, design review templates and reference architectures or landing zone designs are the usual evidence. A common finding is a principles document that no design review ever cites, or one that has not been revisited since the move to cloud-native or microservice architecture.',
    evidence: [
      'Security architecture principles document',
      'Architecture decision records referencing the principles',
      'Design review or threat model outputs',
      'Reference architecture or landing zone design',
    ],
  },
  {
    id: '8.28',
    title: 'Secure coding',
    theme: 'technological',
    guidance:
      'The auditor looks for coding standards relevant to the languages and frameworks in use, developer training on common vulnerability classes such as the OWASP Top 10, and SAST, software composition analysis and secrets scanning enforced in CI. They will sample pull requests to confirm a peer review took place and that tool findings were fixed or formally accepted. Weaknesses include tools that run but whose results nobody reads, and no control over third-party and open source dependencies.',
    evidence: [
      'Secure coding standard',
      'SAST and SCA results with remediation tracking',
      'Pull request review records',
      'Secure coding training completion records',
      'Dependency management policy or SBOM',
    ],
  },
  {
    id: '8.29',
    title: 'Security testing in development and acceptance',
    theme: 'technological',
    guidance:
      'Auditors expect security testing to be planned into development and release, scaled to risk: automated tests in CI, DAST against staging, and manual or third-party penetration testing for significant changes. They will check that acceptance criteria include security and that test results feed a documented go or no-go decision. A typical weakness is treating the annual penetration test as the only security testing, with major releases in between going untested.',
    evidence: [
      'Security test plan or strategy',
      'DAST reports from pre-production environments',
      'Penetration test reports for major releases',
      'Release approvals referencing security test outcomes',
    ],
  },
  {
    id: '8.30',
    title: 'Outsourced development',
    theme: 'technological',
    guidance:
      'Where development is done by agencies, freelancers or offshore teams, the auditor looks for contracts covering secure coding expectations, IP ownership, confidentiality and the right to audit, and for the supplier to work to the organisation\'s SDLC. They will check that contractor access to repositories and environments is controlled and removed when the engagement ends, and that delivered code is reviewed and tested before it is accepted. A common gap is a freelancer working on a personal laptop with personal accounts and no contractual or technical controls.',
    evidence: [
      'Development contracts with security and IP clauses',
      'Supplier security assessment',
      'Contractor repository and environment access records',
      'Code review and acceptance testing records for delivered work',
    ],
  },
  {
    id: '8.31',
    title: 'Separation of development, test and production environments',
    theme: 'technological',
    guidance:
      'The auditor checks that each environment is isolated, ideally in its own cloud account or subscription with distinct credentials, so that developers cannot make unreviewed changes to production. They will ask how production data is kept out of lower environments and how code is promoted between them through pipelines rather than by hand. Common findings include credentials shared across environments, developers with standing production admin and testing carried out directly in production.',
    evidence: [
      'Cloud account or subscription structure per environment',
      'Access lists for production compared with non-production',
      'CI/CD promotion workflow configuration',
      'Per-environment secrets management configuration',
    ],
  },
  {
    id: '8.32',
    title: 'Change management',
    theme: 'technological',
    guidance:
      'The auditor samples changes to infrastructure, applications and key SaaS settings and traces each through request, risk assessment, testing, approval and deployment, including a rollback plan. In modern pipelines a reviewed pull request plus automated tests and deployment logs can serve as the change record, as long as the process is written down. Weaknesses include emergency changes never approved retrospectively, the same person authoring and approving, and changes to SaaS admin settings with no record at all.',
    evidence: [
      'Change management procedure covering emergency changes',
      'Sample change tickets or pull requests with approvals',
      'Deployment logs linked to change records',
      'Post-implementation reviews of failed changes',
      'CAB minutes where a board exists',
    ],
  },
  {
    id: '8.33',
    title: 'Test information',
    theme: 'technological',
    guidance:
      'The auditor looks at what data is used for testing and expects synthetic or masked data by default, with any use of live data formally approved, protected to production standards and removed afterwards. They will ask how test data sets are created and who can access staging databases. The most frequent finding is an unrestricted copy of the production database in staging with weaker access controls than the original.',
    evidence: [
      'Test data policy',
      'Synthetic data generation or masking scripts',
      'Approvals for use of production data in testing',
      'Access controls on test environments',
      'Deletion records after testing',
    ],
  },
  {
    id: '8.34',
    title: 'Protection of information systems during audit testing',
    theme: 'technological',
    guidance:
      'The auditor checks that audits and technical assessments, including penetration tests and vulnerability scans, are arranged in advance with the owners of the systems involved, with scope, timing and access limits fixed beforehand so that live services are not disrupted. Access given to auditors and testers should be read-only where possible, time-limited and revoked once the work ends. Common gaps are pen test accounts with admin rights that stay active after the test and scans run against production at peak times without warning.',
    evidence: [
      'Rules of engagement or test authorisation letter',
      'Audit plan agreed with system owners',
      'Creation and removal records for temporary auditor accounts',
      'Change or notification records for scheduled tests',
    ],
  },
];
