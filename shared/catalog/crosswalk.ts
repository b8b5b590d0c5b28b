import type { CrosswalkLink } from './types';

/**
 * SOC 2 Trust Services Criteria -> ISO/IEC 27001:2022 Annex A controls.
 *
 * Each link names an Annex A control whose operation substantially provides
 * evidence for the criterion. Rationales are our own; where ISO/IEC 27001 only
 * partly covers a criterion (governance, fraud, notice and consent, data
 * subject rights, processing integrity) the rationale says so. Several
 * governance criteria are also served by the ISMS clauses (5, 6, 9, 10),
 * which this crosswalk deliberately does not list.
 *
 * Ordered by criterion (catalogue order), then by control number.
 */
export const CROSSWALK: CrosswalkLink[] = [
  // CC1 Control environment
  { criterionId: 'CC1.1', controlId: '5.1', rationale: 'Management-approved security policies set expected conduct, though a wider code of ethics sits outside ISO 27001.' },
  { criterionId: 'CC1.1', controlId: '5.4', rationale: 'Management requiring everyone to follow policy is the visible tone from the top auditors look for.' },
  { criterionId: 'CC1.1', controlId: '6.2', rationale: 'Employment and contractor terms bind people to security and conduct obligations they acknowledge.' },
  { criterionId: 'CC1.1', controlId: '6.4', rationale: 'A formal disciplinary process shows that breaches of expected behaviour have consequences.' },

  { criterionId: 'CC1.2', controlId: '5.4', rationale: 'Management responsibilities evidence leadership oversight, but board independence relies on clause 5.1 and 9.3 management review.' },
  { criterionId: 'CC1.2', controlId: '5.35', rationale: 'Independent reviews reported to senior management give the governing body an objective view of control performance.' },

  { criterionId: 'CC1.3', controlId: '5.2', rationale: 'Defined and allocated security roles document who is responsible for what.' },
  { criterionId: 'CC1.3', controlId: '5.3', rationale: 'Segregating conflicting duties shapes the structure of authority and approval.' },
  { criterionId: 'CC1.3', controlId: '5.4', rationale: 'Management direction to personnel shows that reporting lines and authority are exercised in practice.' },

  { criterionId: 'CC1.4', controlId: '6.1', rationale: 'Background screening before hire confirms candidates are suitable for their roles.' },
  { criterionId: 'CC1.4', controlId: '6.2', rationale: 'Employment terms set out the responsibilities people are recruited to carry.' },
  { criterionId: 'CC1.4', controlId: '6.3', rationale: 'Role-based awareness and training records show staff are kept competent; competence itself is clause 7.2.' },

  { criterionId: 'CC1.5', controlId: '5.4', rationale: 'Management holding staff to policy creates the accountability the criterion expects.' },
  { criterionId: 'CC1.5', controlId: '5.36', rationale: 'Compliance checks against policy identify who has not met their control duties.' },
  { criterionId: 'CC1.5', controlId: '6.2', rationale: 'Contractual terms make security duties an explicit condition of employment.' },
  { criterionId: 'CC1.5', controlId: '6.4', rationale: 'Disciplinary action is the enforcement end of accountability for control failures.' },

  // CC2 Communication and information
  { criterionId: 'CC2.1', controlId: '5.7', rationale: 'Threat intelligence brings relevant external information into security decision-making.' },
  { criterionId: 'CC2.1', controlId: '5.9', rationale: 'An accurate asset inventory is the base information on which most controls depend.' },
  { criterionId: 'CC2.1', controlId: '8.15', rationale: 'Logs provide reliable, time-stamped system information that controls and investigations draw on.' },
  { criterionId: 'CC2.1', controlId: '8.16', rationale: 'Monitoring turns raw system data into timely information about control operation.' },

  { criterionId: 'CC2.2', controlId: '5.1', rationale: 'Policies are communicated to and acknowledged by relevant personnel.' },
  { criterionId: 'CC2.2', controlId: '5.2', rationale: 'Assigned security responsibilities are made known to the people who hold them.' },
  { criterionId: 'CC2.2', controlId: '5.37', rationale: 'Documented operating procedures are made available to those who need them.' },
  { criterionId: 'CC2.2', controlId: '6.3', rationale: 'Awareness and training programmes are the main channel for telling staff what is expected.' },
  { criterionId: 'CC2.2', controlId: '6.8', rationale: 'A reporting route for security events gives staff a way to raise concerns upward.' },

  { criterionId: 'CC2.3', controlId: '5.5', rationale: 'Established contacts with authorities support required external reporting.' },
  { criterionId: 'CC2.3', controlId: '5.6', rationale: 'Contact with special interest groups provides two-way exchange of security information with outsiders.' },
  { criterionId: 'CC2.3', controlId: '5.20', rationale: 'Supplier agreements communicate security requirements and reporting duties to external parties.' },
  { criterionId: 'CC2.3', controlId: '5.24', rationale: 'Incident planning defines how and when customers and other external parties are informed.' },
  { criterionId: 'CC2.3', controlId: '5.31', rationale: 'Identified contractual commitments define what must be communicated to customers and regulators.' },

  // CC3 Risk assessment
  { criterionId: 'CC3.1', controlId: '5.1', rationale: 'The security policy frames objectives, though setting measurable objectives is mainly clause 6.2.' },
  { criterionId: 'CC3.1', controlId: '5.31', rationale: 'Legal, regulatory and contractual requirements shape the compliance objectives risks are judged against.' },

  { criterionId: 'CC3.2', controlId: '5.7', rationale: 'Threat intelligence feeds the identification of realistic threats; the risk method itself is clause 6.1.2 and 8.2.' },
  { criterionId: 'CC3.2', controlId: '5.9', rationale: 'The asset inventory defines the scope over which risks are identified.' },
  { criterionId: 'CC3.2', controlId: '5.19', rationale: 'Supplier relationship risks are identified and assessed as part of the wider risk picture.' },
  { criterionId: 'CC3.2', controlId: '8.8', rationale: 'Technical vulnerability information supplies concrete weaknesses to the risk analysis.' },

  { criterionId: 'CC3.3', controlId: '5.3', rationale: 'Segregation of duties is the classic answer to fraud risk, though ISO 27001 does not require a fraud assessment as such.' },
  { criterionId: 'CC3.3', controlId: '8.2', rationale: 'Restricting privileged access limits the opportunity to override controls.' },
  { criterionId: 'CC3.3', controlId: '8.15', rationale: 'Tamper-resistant logs deter and reveal manipulation of records.' },
  { criterionId: 'CC3.3', controlId: '8.16', rationale: 'Monitoring for anomalous behaviour can surface fraudulent activity.' },

  { criterionId: 'CC3.4', controlId: '5.7', rationale: 'Threat intelligence highlights external changes in the threat landscape.' },
  { criterionId: 'CC3.4', controlId: '5.8', rationale: 'Projects are risk-assessed for security impact before they change the environment.' },
  { criterionId: 'CC3.4', controlId: '5.22', rationale: 'Changes in supplier services are reviewed for their effect on risk.' },
  { criterionId: 'CC3.4', controlId: '5.31', rationale: 'Tracking legal and regulatory requirements catches regulatory change.' },
  { criterionId: 'CC3.4', controlId: '8.32', rationale: 'Change management assesses the risk of significant technical changes before they are made.' },

  // CC4 Monitoring activities
  { criterionId: 'CC4.1', controlId: '5.35', rationale: 'Independent reviews are the separate evaluations the criterion expects; internal audit (clause 9.2) also applies.' },
  { criterionId: 'CC4.1', controlId: '5.36', rationale: 'Managers regularly checking compliance with policy is a form of ongoing evaluation.' },
  { criterionId: 'CC4.1', controlId: '8.8', rationale: 'Regular vulnerability scanning and testing evaluate technical controls on a continuing basis.' },
  { criterionId: 'CC4.1', controlId: '8.16', rationale: 'Continuous monitoring provides ongoing evidence that controls operate.' },

  { criterionId: 'CC4.2', controlId: '5.27', rationale: 'Lessons from incidents expose control gaps and drive corrective action.' },
  { criterionId: 'CC4.2', controlId: '5.35', rationale: 'Review results are reported to management, who initiate corrective action.' },
  { criterionId: 'CC4.2', controlId: '5.36', rationale: 'Non-compliance found in reviews is recorded, its cause assessed and fixed; clause 10.2 completes this.' },

  // CC5 Control activities
  { criterionId: 'CC5.1', controlId: '5.1', rationale: 'Topic-specific policies set the control expectations; selection from risk is clause 6.1.3 and the Statement of Applicability.' },
  { criterionId: 'CC5.1', controlId: '5.3', rationale: 'Segregating incompatible duties is an explicit control activity the criterion calls for.' },

  { criterionId: 'CC5.2', controlId: '5.15', rationale: 'Access control rules are a core general control over technology.' },
  { criterionId: 'CC5.2', controlId: '8.9', rationale: 'Configuration baselines govern how infrastructure is set up and kept secure.' },
  { criterionId: 'CC5.2', controlId: '8.25', rationale: 'A secure development life cycle covers technology acquisition and development controls.' },
  { criterionId: 'CC5.2', controlId: '8.27', rationale: 'Secure architecture principles apply security consistently across system components.' },
  { criterionId: 'CC5.2', controlId: '8.32', rationale: 'Change management keeps technology controls intact as systems are maintained.' },

  { criterionId: 'CC5.3', controlId: '5.1', rationale: 'Approved, reviewed policies state what is expected of the organisation.' },
  { criterionId: 'CC5.3', controlId: '5.36', rationale: 'Compliance reviews confirm that policies are actually followed.' },
  { criterionId: 'CC5.3', controlId: '5.37', rationale: 'Documented operating procedures put policies into day-to-day practice.' },

  // CC6 Logical and physical access controls
  { criterionId: 'CC6.1', controlId: '5.9', rationale: 'The asset inventory identifies what logical access controls must protect.' },
  { criterionId: 'CC6.1', controlId: '5.15', rationale: 'Access control policy defines the rules enforced by the access infrastructure.' },
  { criterionId: 'CC6.1', controlId: '8.3', rationale: 'Restricting access to information and functions enforces those rules in systems.' },
  { criterionId: 'CC6.1', controlId: '8.5', rationale: 'Secure authentication, including multi-factor, protects entry points.' },
  { criterionId: 'CC6.1', controlId: '8.22', rationale: 'Network segregation limits access paths between environments and trust zones.' },
  { criterionId: 'CC6.1', controlId: '8.24', rationale: 'Encryption and key management protect stored data from unauthorised reading.' },

  { criterionId: 'CC6.2', controlId: '5.16', rationale: 'Identity lifecycle management covers registering and removing user identities.' },
  { criterionId: 'CC6.2', controlId: '5.17', rationale: 'Controlled issue and handling of credentials happens only after authorisation.' },
  { criterionId: 'CC6.2', controlId: '5.18', rationale: 'Access rights are provisioned on approval and revoked on departure.' },

  { criterionId: 'CC6.3', controlId: '5.3', rationale: 'Segregation of duties prevents conflicting permissions being combined.' },
  { criterionId: 'CC6.3', controlId: '5.15', rationale: 'Access control policy embeds need-to-know and least privilege.' },
  { criterionId: 'CC6.3', controlId: '5.18', rationale: 'Granting, changing, reviewing and removing access rights is the heart of this criterion.' },
  { criterionId: 'CC6.3', controlId: '8.2', rationale: 'Privileged rights are restricted and reviewed more tightly than ordinary access.' },

  { criterionId: 'CC6.4', controlId: '7.1', rationale: 'Defined physical perimeters enclose areas holding sensitive assets.' },
  { criterionId: 'CC6.4', controlId: '7.2', rationale: 'Entry controls ensure only authorised people enter secure areas.' },
  { criterionId: 'CC6.4', controlId: '7.3', rationale: 'Offices, rooms and facilities are secured against unauthorised access.' },
  { criterionId: 'CC6.4', controlId: '7.4', rationale: 'Physical monitoring detects unauthorised entry attempts.' },

  { criterionId: 'CC6.5', controlId: '5.11', rationale: 'Return of assets on departure keeps equipment under control until it is sanitised.' },
  { criterionId: 'CC6.5', controlId: '7.10', rationale: 'Storage media handling includes secure disposal when media are retired.' },
  { criterionId: 'CC6.5', controlId: '7.14', rationale: 'Equipment is verified as wiped or destroyed before disposal or reuse.' },
  { criterionId: 'CC6.5', controlId: '8.10', rationale: 'Information deletion removes data when it is no longer required.' },

  { criterionId: 'CC6.6', controlId: '6.7', rationale: 'Remote working controls protect access from outside the organisation’s premises.' },
  { criterionId: 'CC6.6', controlId: '8.5', rationale: 'Strong authentication protects externally reachable services.' },
  { criterionId: 'CC6.6', controlId: '8.20', rationale: 'Network security controls such as firewalls guard the boundary.' },
  { criterionId: 'CC6.6', controlId: '8.21', rationale: 'Security requirements for network services cover external connectivity.' },
  { criterionId: 'CC6.6', controlId: '8.22', rationale: 'Segregating networks isolates internal systems from untrusted zones.' },

  { criterionId: 'CC6.7', controlId: '5.14', rationale: 'Information transfer rules govern how data moves between parties and channels.' },
  { criterionId: 'CC6.7', controlId: '7.10', rationale: 'Removable media are controlled when information is carried physically.' },
  { criterionId: 'CC6.7', controlId: '8.1', rationale: 'Endpoint device controls protect data on portable and user devices.' },
  { criterionId: 'CC6.7', controlId: '8.12', rationale: 'Data leakage prevention detects and blocks unauthorised movement of information.' },
  { criterionId: 'CC6.7', controlId: '8.24', rationale: 'Encryption protects data in transit and on portable media.' },

  { criterionId: 'CC6.8', controlId: '8.1', rationale: 'Endpoint configuration restricts what can run on user devices.' },
  { criterionId: 'CC6.8', controlId: '8.7', rationale: 'Malware protection detects and removes malicious code.' },
  { criterionId: 'CC6.8', controlId: '8.19', rationale: 'Controlled software installation prevents unauthorised programs on operational systems.' },
  { criterionId: 'CC6.8', controlId: '8.23', rationale: 'Web filtering blocks access to sites known to distribute malware.' },

  // CC7 System operations
  { criterionId: 'CC7.1', controlId: '5.7', rationale: 'Threat intelligence alerts the organisation to newly disclosed vulnerabilities and attack techniques.' },
  { criterionId: 'CC7.1', controlId: '8.8', rationale: 'Vulnerability management finds and remediates known technical weaknesses.' },
  { criterionId: 'CC7.1', controlId: '8.9', rationale: 'Configuration management detects drift from approved secure baselines.' },

  { criterionId: 'CC7.2', controlId: '7.4', rationale: 'Physical security monitoring covers anomalies in the physical environment.' },
  { criterionId: 'CC7.2', controlId: '8.15', rationale: 'Logging records the events on which anomaly detection depends.' },
  { criterionId: 'CC7.2', controlId: '8.16', rationale: 'Monitoring networks, systems and applications for anomalous behaviour is this criterion.' },
  { criterionId: 'CC7.2', controlId: '8.17', rationale: 'Synchronised clocks make events from different sources comparable.' },

  { criterionId: 'CC7.3', controlId: '5.25', rationale: 'Events are assessed and a decision made on whether they are incidents.' },
  { criterionId: 'CC7.3', controlId: '6.8', rationale: 'Events reported by staff enter the triage process promptly.' },

  { criterionId: 'CC7.4', controlId: '5.5', rationale: 'Contacts with authorities support escalation and reporting during response.' },
  { criterionId: 'CC7.4', controlId: '5.24', rationale: 'Planned roles, procedures and communications underpin the response process.' },
  { criterionId: 'CC7.4', controlId: '5.26', rationale: 'Incidents are contained and handled according to documented procedures.' },
  { criterionId: 'CC7.4', controlId: '5.28', rationale: 'Evidence is collected and preserved for analysis and any legal action.' },

  { criterionId: 'CC7.5', controlId: '5.27', rationale: 'Knowledge gained from incidents strengthens controls and reduces recurrence.' },
  { criterionId: 'CC7.5', controlId: '5.29', rationale: 'Security is maintained while operations recover from disruption.' },
  { criterionId: 'CC7.5', controlId: '8.13', rationale: 'Backups allow affected systems and data to be restored.' },

  // CC8 Change management
  { criterionId: 'CC8.1', controlId: '8.4', rationale: 'Restricting write access to source code stops changes bypassing the approved workflow.' },
  { criterionId: 'CC8.1', controlId: '8.9', rationale: 'Configuration changes are controlled against approved baselines.' },
  { criterionId: 'CC8.1', controlId: '8.25', rationale: 'The secure development life cycle builds security into designing and building changes.' },
  { criterionId: 'CC8.1', controlId: '8.29', rationale: 'Security testing during development and acceptance validates changes before release.' },
  { criterionId: 'CC8.1', controlId: '8.31', rationale: 'Separate environments keep untested changes out of production.' },
  { criterionId: 'CC8.1', controlId: '8.32', rationale: 'Formal change management covers authorisation, testing, approval and deployment.' },

  // CC9 Risk mitigation
  { criterionId: 'CC9.1', controlId: '5.29', rationale: 'Plans to keep security intact during disruption reduce its impact; insurance is outside ISO 27001.' },
  { criterionId: 'CC9.1', controlId: '5.30', rationale: 'ICT continuity readiness, based on impact analysis, mitigates disruption risk.' },
  { criterionId: 'CC9.1', controlId: '8.13', rationale: 'Backups reduce the impact of data loss from disruptive events.' },
  { criterionId: 'CC9.1', controlId: '8.14', rationale: 'Redundant facilities mitigate single points of failure.' },

  { criterionId: 'CC9.2', controlId: '5.19', rationale: 'Supplier risks are identified and managed across the relationship.' },
  { criterionId: 'CC9.2', controlId: '5.20', rationale: 'Agreements set out the security obligations suppliers must meet.' },
  { criterionId: 'CC9.2', controlId: '5.21', rationale: 'ICT supply chain risks are addressed for technology products and services.' },
  { criterionId: 'CC9.2', controlId: '5.22', rationale: 'Supplier performance and assurance reports are reviewed on an ongoing basis.' },
  { criterionId: 'CC9.2', controlId: '5.23', rationale: 'Cloud service providers are selected and managed against security requirements.' },
  { criterionId: 'CC9.2', controlId: '8.30', rationale: 'Outsourced development is directed and monitored as a supplier risk.' },

  // A1 Availability
  { criterionId: 'A1.1', controlId: '8.6', rationale: 'Capacity management monitors use and plans for future demand.' },
  { criterionId: 'A1.1', controlId: '8.16', rationale: 'Monitoring alerts on resource exhaustion before it affects service.' },

  { criterionId: 'A1.2', controlId: '5.30', rationale: 'ICT continuity arrangements provide the recovery infrastructure availability relies on.' },
  { criterionId: 'A1.2', controlId: '7.5', rationale: 'Protection against fire, flood and other physical threats safeguards facilities.' },
  { criterionId: 'A1.2', controlId: '7.8', rationale: 'Equipment is sited and protected to reduce environmental risk.' },
  { criterionId: 'A1.2', controlId: '7.11', rationale: 'Supporting utilities such as power and cooling are protected against failure.' },
  { criterionId: 'A1.2', controlId: '8.13', rationale: 'Backups are taken, protected and monitored according to an agreed policy.' },
  { criterionId: 'A1.2', controlId: '8.14', rationale: 'Redundant processing facilities keep services running through component failure.' },

  { criterionId: 'A1.3', controlId: '5.29', rationale: 'Continuity arrangements for maintaining security are exercised alongside recovery.' },
  { criterionId: 'A1.3', controlId: '5.30', rationale: 'ICT continuity plans are tested to confirm recovery objectives can be met.' },
  { criterionId: 'A1.3', controlId: '8.13', rationale: 'Restore tests confirm backups can actually be recovered.' },

  // C1 Confidentiality
  { criterionId: 'C1.1', controlId: '5.12', rationale: 'Classification identifies which information is confidential.' },
  { criterionId: 'C1.1', controlId: '5.13', rationale: 'Labelling makes confidentiality visible to people and systems handling the data.' },
  { criterionId: 'C1.1', controlId: '6.6', rationale: 'Non-disclosure agreements bind staff and third parties to protect confidential information.' },
  { criterionId: 'C1.1', controlId: '7.7', rationale: 'Clear desk and clear screen rules protect confidential material left in work areas.' },
  { criterionId: 'C1.1', controlId: '8.3', rationale: 'Access restrictions limit confidential information to those who need it.' },
  { criterionId: 'C1.1', controlId: '8.11', rationale: 'Data masking reduces exposure of confidential values in non-production and reporting use.' },

  { criterionId: 'C1.2', controlId: '7.10', rationale: 'Media holding confidential data are disposed of securely.' },
  { criterionId: 'C1.2', controlId: '7.14', rationale: 'Equipment is sanitised so confidential data cannot be recovered.' },
  { criterionId: 'C1.2', controlId: '8.10', rationale: 'Information is deleted when retention ends or on request.' },

  // PI1 Processing integrity
  { criterionId: 'PI1.1', controlId: '5.37', rationale: 'Documented procedures describe how processing should run, though product and data specifications go beyond ISO 27001.' },
  { criterionId: 'PI1.1', controlId: '8.26', rationale: 'Application requirements capture how data must be handled, partly covering processing specifications.' },

  { criterionId: 'PI1.2', controlId: '8.26', rationale: 'Application security requirements include validating and authorising inputs.' },
  { criterionId: 'PI1.2', controlId: '8.28', rationale: 'Secure coding practices enforce input validation in software.' },

  { criterionId: 'PI1.3', controlId: '5.37', rationale: 'Operating procedures cover job scheduling, dependencies and error handling.' },
  { criterionId: 'PI1.3', controlId: '8.26', rationale: 'Requirements for transaction integrity guard against incomplete or altered processing.' },
  { criterionId: 'PI1.3', controlId: '8.28', rationale: 'Secure coding reduces logic errors that corrupt processing.' },
  { criterionId: 'PI1.3', controlId: '8.29', rationale: 'Acceptance testing checks processing behaves as specified; functional accuracy testing goes further than ISO 27001 requires.' },

  { criterionId: 'PI1.4', controlId: '5.14', rationale: 'Transfer rules protect outputs sent to recipients from loss or alteration.' },
  { criterionId: 'PI1.4', controlId: '8.3', rationale: 'Access restrictions ensure outputs reach only intended users.' },
  { criterionId: 'PI1.4', controlId: '8.26', rationale: 'Application requirements cover the integrity of transaction outputs; timeliness is only partly addressed.' },

  { criterionId: 'PI1.5', controlId: '5.33', rationale: 'Records are protected from loss, falsification and unauthorised change.' },
  { criterionId: 'PI1.5', controlId: '8.3', rationale: 'Access restrictions prevent unauthorised modification of stored data.' },
  { criterionId: 'PI1.5', controlId: '8.13', rationale: 'Backups allow stored data to be restored completely and accurately.' },
  { criterionId: 'PI1.5', controlId: '8.24', rationale: 'Cryptographic integrity checks such as hashes or signatures detect tampering.' },

  // P1 Notice
  { criterionId: 'P1.1', controlId: '5.31', rationale: 'Identifying legal obligations surfaces notice requirements, without prescribing the notice itself.' },
  { criterionId: 'P1.1', controlId: '5.34', rationale: 'PII protection obligations include transparency, but ISO 27001 gives little detail on notices; ISO/IEC 27701 fills the gap.' },

  // P2 Choice and consent
  { criterionId: 'P2.1', controlId: '5.31', rationale: 'Legal requirements analysis identifies where consent is needed, only partly covering choice mechanisms.' },
  { criterionId: 'P2.1', controlId: '5.34', rationale: 'PII compliance can include consent handling, but ISO 27001 does not specify how choices are offered or recorded.' },

  // P3 Collection
  { criterionId: 'P3.1', controlId: '5.9', rationale: 'An inventory that includes personal data shows what is collected and why.' },
  { criterionId: 'P3.1', controlId: '5.34', rationale: 'Meeting PII requirements supports lawful, limited collection; data minimisation is only implied.' },

  { criterionId: 'P3.2', controlId: '5.31', rationale: 'Legal requirements identify categories of data needing explicit consent.' },
  { criterionId: 'P3.2', controlId: '5.34', rationale: 'PII protection supports, but does not itself define, explicit consent processes.' },

  // P4 Use, retention and disposal
  { criterionId: 'P4.1', controlId: '5.10', rationale: 'Acceptable use rules restrict how staff may use information, including personal data.' },
  { criterionId: 'P4.1', controlId: '5.34', rationale: 'PII requirements include purpose limitation, though ISO 27001 leaves the detail to privacy law and ISO/IEC 27701.' },
  { criterionId: 'P4.1', controlId: '8.11', rationale: 'Masking or pseudonymisation limits personal data exposure to what a use actually needs.' },
  { criterionId: 'P4.1', controlId: '8.33', rationale: 'Protecting or substituting test data keeps personal data from being reused for testing without justification.' },

  { criterionId: 'P4.2', controlId: '5.33', rationale: 'Records protection includes retention periods for records containing personal data.' },
  { criterionId: 'P4.2', controlId: '5.34', rationale: 'PII obligations set how long personal data may lawfully be kept.' },
  { criterionId: 'P4.2', controlId: '8.10', rationale: 'Deletion when no longer required enforces retention limits in systems.' },

  { criterionId: 'P4.3', controlId: '5.34', rationale: 'PII protection requirements extend to secure disposal.' },
  { criterionId: 'P4.3', controlId: '7.14', rationale: 'Equipment holding personal data is sanitised before disposal or reuse.' },
  { criterionId: 'P4.3', controlId: '8.10', rationale: 'Information deletion removes personal data securely when it should no longer be held.' },

  // P5 Access
  { criterionId: 'P5.1', controlId: '5.31', rationale: 'Legal requirements identify subject access rights, but the request process is not an ISO 27001 control.' },
  { criterionId: 'P5.1', controlId: '5.34', rationale: 'PII compliance covers data subject rights only at a high level; ISO/IEC 27701 is needed for detail.' },

  { criterionId: 'P5.2', controlId: '5.34', rationale: 'PII obligations include rectification rights, with limited procedural detail in ISO 27001.' },

  // P6 Disclosure and notification
  { criterionId: 'P6.1', controlId: '5.14', rationale: 'Transfer agreements govern what personal data is shared with third parties and on what terms.' },
  { criterionId: 'P6.1', controlId: '5.31', rationale: 'Legal requirements define when disclosure needs consent or another lawful basis.' },
  { criterionId: 'P6.1', controlId: '5.34', rationale: 'PII protection covers disclosure, though consent tracking is not specified by ISO 27001.' },

  { criterionId: 'P6.2', controlId: '5.14', rationale: 'Documented transfer arrangements provide part of the record of authorised disclosures.' },
  { criterionId: 'P6.2', controlId: '5.34', rationale: 'PII compliance may require disclosure records, but a disclosure register is not an explicit ISO 27001 control.' },
  { criterionId: 'P6.2', controlId: '8.15', rationale: 'Logs of data exports and transfers evidence when disclosures occurred.' },

  { criterionId: 'P6.3', controlId: '5.25', rationale: 'Assessed events and incidents, including privacy breaches, are recorded.' },
  { criterionId: 'P6.3', controlId: '5.28', rationale: 'Evidence about unauthorised disclosures is collected and preserved.' },
  { criterionId: 'P6.3', controlId: '6.8', rationale: 'Staff reporting channels capture suspected unauthorised disclosures.' },

  { criterionId: 'P6.4', controlId: '5.19', rationale: 'Supplier risk management covers third parties that process personal data.' },
  { criterionId: 'P6.4', controlId: '5.20', rationale: 'Supplier agreements can embed privacy and data protection obligations.' },
  { criterionId: 'P6.4', controlId: '5.22', rationale: 'Ongoing supplier review checks processors continue to meet their commitments.' },
  { criterionId: 'P6.4', controlId: '5.34', rationale: 'PII requirements drive what processors must contractually commit to.' },

  { criterionId: 'P6.5', controlId: '5.20', rationale: 'Supplier agreements include duties to report incidents to the organisation.' },
  { criterionId: 'P6.5', controlId: '5.22', rationale: 'Supplier monitoring confirms incident notifications are received and followed up.' },

  { criterionId: 'P6.6', controlId: '5.5', rationale: 'Established contacts with authorities support timely regulator notification.' },
  { criterionId: 'P6.6', controlId: '5.24', rationale: 'Incident planning includes procedures for notifying external parties.' },
  { criterionId: 'P6.6', controlId: '5.26', rationale: 'Incident response covers communicating with those affected.' },
  { criterionId: 'P6.6', controlId: '5.34', rationale: 'PII obligations set breach notification duties and deadlines.' },

  { criterionId: 'P6.7', controlId: '5.34', rationale: 'PII compliance may require accounting of disclosures, but ISO 27001 gives no process; coverage is weak.' },

  // P7 Quality
  { criterionId: 'P7.1', controlId: '5.34', rationale: 'PII requirements include data accuracy, only partly addressed by ISO 27001.' },
  { criterionId: 'P7.1', controlId: '8.26', rationale: 'Input validation requirements help keep personal data accurate at capture.' },

  // P8 Monitoring and enforcement
  { criterionId: 'P8.1', controlId: '5.31', rationale: 'Tracking legal requirements supports handling regulatory complaints and disputes.' },
  { criterionId: 'P8.1', controlId: '5.34', rationale: 'PII compliance oversight monitors privacy commitments; complaint handling itself is not an ISO 27001 control.' },
  { criterionId: 'P8.1', controlId: '5.35', rationale: 'Independent reviews can assess compliance with privacy commitments.' },
  { criterionId: 'P8.1', controlId: '5.36', rationale: 'Compliance reviews identify and correct departures from privacy policy.' },
];

/** Annex A controls linked to a criterion, in control order. */
export function controlsForCriterion(criterionId: string): CrosswalkLink[] {
  const id = criterionId.trim().toUpperCase();
  return CROSSWALK.filter((l) => l.criterionId === id);
}

/** Criteria linked to an Annex A control (accepts an optional "A." prefix), in criterion order. */
export function criteriaForControl(controlId: string): CrosswalkLink[] {
  const id = controlId.trim().replace(/^A\./i, '');
  return CROSSWALK.filter((l) => l.controlId === id);
}
