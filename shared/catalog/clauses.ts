import type { Clause } from './types';

/**
 * Management system clauses 4 to 10 of ISO/IEC 27001:2022, including
 * Amendment 1:2024 (climate change action changes to 4.1 and 4.2).
 *
 * Titles are the published clause titles; summaries and document names are
 * our own wording. Listed in document order as a flat list; sub-clauses
 * carry their parent's id. Documented-information requirements sit on the
 * most specific sub-clause only, so parent headings have none.
 */
export const CLAUSES: Clause[] = [
  // Clause 4
  {
    id: '4',
    title: 'Context of the organization',
    summary:
      'Sets the foundation of the ISMS: the organisation works out its internal and external situation, who has a stake in its information security, and where the ISMS boundaries lie. Auditors expect these decisions to be traceable into scope, risk assessment and objectives.',
    requiredDocuments: [],
  },
  {
    id: '4.1',
    title: 'Understanding the organization and its context',
    parent: '4',
    summary:
      'Identify the internal and external issues that affect what the ISMS is meant to achieve, and keep that picture current. Since Amendment 1:2024 the organisation must also decide whether climate change is a relevant issue; auditors look for a reasoned conclusion either way, not just a list of issues.',
    requiredDocuments: [],
  },
  {
    id: '4.2',
    title: 'Understanding the needs and expectations of interested parties',
    parent: '4',
    summary:
      'Name the interested parties that matter to the ISMS, what they require, and which of those requirements the ISMS will address. Amendment 1:2024 notes that these parties may have climate-change-related requirements; auditors check the list is realistic and linked to legal, regulatory and contractual obligations.',
    requiredDocuments: [],
  },
  {
    id: '4.3',
    title: 'Determining the scope of the information security management system',
    parent: '4',
    summary:
      'Define the boundaries of the ISMS, taking account of the context, interested-party requirements and interfaces or dependencies with activities done by others. Auditors test that the written scope is clear, justifies any exclusions, and matches what the certificate will say.',
    requiredDocuments: ['ISMS scope'],
  },
  {
    id: '4.4',
    title: 'Information security management system',
    parent: '4',
    summary:
      'Set up, run, maintain and keep improving the ISMS as a set of interacting processes that meet the standard. Auditors look for evidence that the system functions as a whole rather than as a collection of documents.',
    requiredDocuments: [],
  },

  // Clause 5
  {
    id: '5',
    title: 'Leadership',
    summary:
      'Top management must visibly own the ISMS: direct it, set its policy and make sure responsibilities are assigned. Auditors usually interview senior leaders to confirm this is genuine.',
    requiredDocuments: [],
  },
  {
    id: '5.1',
    title: 'Leadership and commitment',
    parent: '5',
    summary:
      'Top management must show commitment by aligning the policy and objectives with business strategy, embedding ISMS requirements in business processes, providing resources and supporting others in their roles. Auditors seek concrete examples such as budget decisions, review attendance and communications from leadership.',
    requiredDocuments: [],
  },
  {
    id: '5.2',
    title: 'Policy',
    parent: '5',
    summary:
      'Top management must approve an information security policy that suits the organisation, provides a framework for objectives and commits to meeting requirements and to continual improvement. Auditors check it is written down, communicated internally and available to interested parties where appropriate.',
    requiredDocuments: ['Information security policy'],
  },
  {
    id: '5.3',
    title: 'Organizational roles, responsibilities and authorities',
    parent: '5',
    summary:
      'Top management must assign and communicate who is responsible for keeping the ISMS conformant and for reporting on its performance. Auditors check that people know their roles and that the assignments match what actually happens.',
    requiredDocuments: [],
  },

  // Clause 6
  {
    id: '6',
    title: 'Planning',
    summary:
      'Covers how the organisation plans the ISMS: dealing with risks and opportunities, assessing and treating information security risk, setting objectives and managing changes to the system.',
    requiredDocuments: [],
  },
  {
    id: '6.1',
    title: 'Actions to address risks and opportunities',
    parent: '6',
    summary:
      'Groups the planning of actions on risks and opportunities, including the information security risk assessment and treatment processes.',
    requiredDocuments: [],
  },
  {
    id: '6.1.1',
    title: 'General',
    parent: '6.1',
    summary:
      'Using the context and interested-party analysis, decide which risks and opportunities need attention so the ISMS achieves its outcomes, avoids undesired effects and improves, then plan and evaluate actions on them. Auditors look for a link from clause 4 outputs to planned actions.',
    requiredDocuments: [],
  },
  {
    id: '6.1.2',
    title: 'Information security risk assessment',
    parent: '6.1',
    summary:
      'Define a risk assessment method with acceptance criteria and criteria for performing assessments, so that repeated assessments give consistent, valid and comparable results; identify risks to confidentiality, integrity and availability, assign risk owners, then analyse and evaluate them. Auditors examine the written method and test whether it is applied as described.',
    requiredDocuments: ['Risk assessment process (risk method)'],
  },
  {
    id: '6.1.3',
    title: 'Information security risk treatment',
    parent: '6.1',
    summary:
      'Choose treatment options, determine the necessary controls, compare them with Annex A, produce a Statement of Applicability with justifications and implementation status, and prepare a treatment plan that risk owners approve along with the residual risk. Auditors trace risks through to controls and check the SoA is complete and consistent.',
    requiredDocuments: ['Risk treatment process', 'Statement of Applicability'],
  },
  {
    id: '6.2',
    title: 'Information security objectives and planning to achieve them',
    parent: '6',
    summary:
      'Set measurable (where practicable) information security objectives at relevant functions and levels, consistent with the policy, and plan what will be done, by whom, with what resources, by when and how results will be judged. Auditors check objectives are monitored, communicated and updated.',
    requiredDocuments: ['Information security objectives'],
  },
  {
    id: '6.3',
    title: 'Planning of changes',
    parent: '6',
    summary:
      'When the ISMS needs to change, the change must be made in a planned way rather than ad hoc. Auditors ask for examples of recent ISMS changes and how they were planned and controlled.',
    requiredDocuments: [],
  },

  // Clause 7
  {
    id: '7',
    title: 'Support',
    summary:
      'Covers what the ISMS needs to run: resources, competent and aware people, communication, and controlled documentation.',
    requiredDocuments: [],
  },
  {
    id: '7.1',
    title: 'Resources',
    parent: '7',
    summary:
      'Identify and provide the people, budget, tools and time needed for the ISMS. Auditors look for evidence that resourcing gaps are recognised and addressed, not merely asserted.',
    requiredDocuments: [],
  },
  {
    id: '7.2',
    title: 'Competence',
    parent: '7',
    summary:
      'Decide what competence is needed by people whose work affects information security, make sure they have it through education, training or experience, and act to close gaps. Auditors sample personnel records for evidence such as training, qualifications or experience.',
    requiredDocuments: ['Evidence of competence'],
  },
  {
    id: '7.3',
    title: 'Awareness',
    parent: '7',
    summary:
      'Everyone working under the organisation\'s control should know the policy, how they contribute to the ISMS and what happens if they do not follow it. Auditors often test this by asking staff directly.',
    requiredDocuments: [],
  },
  {
    id: '7.4',
    title: 'Communication',
    parent: '7',
    summary:
      'Decide what needs communicating about the ISMS, internally and externally, including when, to whom and how. Auditors look for a defined approach and examples of it being followed.',
    requiredDocuments: [],
  },
  {
    id: '7.5',
    title: 'Documented information',
    parent: '7',
    summary:
      'Groups the requirements on what the ISMS must document and how those documents and records are created and controlled.',
    requiredDocuments: [],
  },
  {
    id: '7.5.1',
    title: 'General',
    parent: '7.5',
    summary:
      'Keep the documented information the standard asks for plus whatever else the organisation decides it needs for an effective ISMS, scaled to its size, complexity and people. Auditors check the mandatory items exist and that self-imposed documentation is kept up.',
    requiredDocuments: ['Documented information determined as necessary by the organisation'],
  },
  {
    id: '7.5.2',
    title: 'Creating and updating',
    parent: '7.5',
    summary:
      'Documents and records need proper identification, a suitable format and medium, and review and approval before use. Auditors look at titles, owners, versions, dates and approval evidence.',
    requiredDocuments: [],
  },
  {
    id: '7.5.3',
    title: 'Control of documented information',
    parent: '7.5',
    summary:
      'Make sure documented information is available where needed and protected, and manage its distribution, access, storage, change, retention and disposal, including relevant documents from outside sources. Auditors check that obsolete versions are not in use and access is appropriately restricted.',
    requiredDocuments: [],
  },

  // Clause 8
  {
    id: '8',
    title: 'Operation',
    summary:
      'Putting plans into practice: running and controlling ISMS processes and carrying out risk assessment and treatment on an ongoing basis.',
    requiredDocuments: [],
  },
  {
    id: '8.1',
    title: 'Operational planning and control',
    parent: '8',
    summary:
      'Plan, implement and control the processes needed for information security, control planned changes, review the effects of unintended ones, and keep control of externally provided processes, products or services relevant to the ISMS. Auditors look for records showing processes ran as intended.',
    requiredDocuments: ['Evidence that processes were carried out as planned'],
  },
  {
    id: '8.2',
    title: 'Information security risk assessment',
    parent: '8',
    summary:
      'Carry out risk assessments at planned intervals and whenever significant changes occur or are proposed, using the method from 6.1.2. Auditors check that assessments are current and triggered by real changes.',
    requiredDocuments: ['Results of risk assessments'],
  },
  {
    id: '8.3',
    title: 'Information security risk treatment',
    parent: '8',
    summary:
      'Implement the risk treatment plan and keep track of its outcomes. Auditors verify that planned controls have actually been put in place and residual risk is accepted by owners.',
    requiredDocuments: ['Results of risk treatment'],
  },

  // Clause 9
  {
    id: '9',
    title: 'Performance evaluation',
    summary:
      'How the organisation finds out whether the ISMS works: measurement, internal audit and management review.',
    requiredDocuments: [],
  },
  {
    id: '9.1',
    title: 'Monitoring, measurement, analysis and evaluation',
    parent: '9',
    summary:
      'Decide what to monitor and measure, how and when, who does it and who analyses the results, then evaluate security performance and ISMS effectiveness. Auditors look for meaningful metrics with recorded results that feed decisions.',
    requiredDocuments: ['Evidence of monitoring and measurement results'],
  },
  {
    id: '9.2',
    title: 'Internal audit',
    parent: '9',
    summary:
      'Groups the requirements for auditing the ISMS internally at planned intervals.',
    requiredDocuments: [],
  },
  {
    id: '9.2.1',
    title: 'General',
    parent: '9.2',
    summary:
      'Run internal audits at planned intervals to establish whether the ISMS meets both the organisation\'s own requirements and the standard, and whether it is effectively implemented and maintained. Auditors check that the full ISMS is covered over the audit cycle.',
    requiredDocuments: [],
  },
  {
    id: '9.2.2',
    title: 'Internal audit programme',
    parent: '9.2',
    summary:
      'Plan an audit programme covering frequency, methods, responsibilities and reporting, informed by process importance and previous results; define criteria and scope per audit, choose objective and impartial auditors, and report results to relevant managers. Auditors review the programme, reports and auditor independence.',
    requiredDocuments: ['Audit programme', 'Audit results'],
  },
  {
    id: '9.3',
    title: 'Management review',
    parent: '9',
    summary:
      'Groups the requirements for top management reviewing the ISMS at planned intervals.',
    requiredDocuments: [],
  },
  {
    id: '9.3.1',
    title: 'General',
    parent: '9.3',
    summary:
      'Top management reviews the ISMS at planned intervals to confirm it remains suitable, adequate and effective. Auditors check reviews happen as scheduled and involve the right people.',
    requiredDocuments: [],
  },
  {
    id: '9.3.2',
    title: 'Management review inputs',
    parent: '9.3',
    summary:
      'The review must consider a defined set of topics, including previous actions, changes in context and interested-party needs, performance trends, audit and measurement results, risk status and improvement opportunities. Auditors compare review agendas or minutes with the required inputs.',
    requiredDocuments: [],
  },
  {
    id: '9.3.3',
    title: 'Management review results',
    parent: '9.3',
    summary:
      'The review must end with decisions on improvement opportunities and any changes the ISMS needs. Auditors look for recorded decisions and follow-up on them.',
    requiredDocuments: ['Results of management reviews'],
  },

  // Clause 10
  {
    id: '10',
    title: 'Improvement',
    summary:
      'Keeping the ISMS getting better over time and dealing properly with things that go wrong.',
    requiredDocuments: [],
  },
  {
    id: '10.1',
    title: 'Continual improvement',
    parent: '10',
    summary:
      'Keep improving how suitable, adequate and effective the ISMS is. Auditors look for a track record of improvements drawn from audits, reviews, incidents and metrics.',
    requiredDocuments: [],
  },
  {
    id: '10.2',
    title: 'Nonconformity and corrective action',
    parent: '10',
    summary:
      'When a nonconformity occurs, react to control and correct it, find the root cause, check whether similar issues exist or could occur, take proportionate corrective action and confirm it worked. Auditors trace nonconformities through to verified closure.',
    requiredDocuments: ['Nature of nonconformities and actions taken', 'Results of corrective actions'],
  },
];

const CLAUSE_INDEX = new Map<string, Clause>(CLAUSES.map((c) => [c.id, c]));

/** Look up a clause by its number, e.g. "6.1.2". */
export function clauseById(id: string): Clause | undefined {
  return CLAUSE_INDEX.get(id);
}

/** The top-level clauses 4 to 10. */
export const TOP_LEVEL_CLAUSES = CLAUSES.filter((c) => !c.parent);
