import type { AnnexAControl } from '../types';

/** ISO/IEC 27001:2022 Annex A, theme 7: physical controls (7.1 to 7.14). */
export const PHYSICAL_CONTROLS: AnnexAControl[] = [
  {
    id: '7.1',
    title: 'Physical security perimeters',
    theme: 'physical',
    guidance:
      'Auditors expect each in-scope site to have its sensitive zones and their boundaries identified, usually on an annotated floor plan marking walls, doors, windows and reception. For a cloud-first SaaS company the data centre boundary is inherited from the hosting provider, so the auditor will look for evidence that the provider\'s ISO 27001 certificate or SOC 2 report has been reviewed, as well as for the protection of the office or co-working space itself. Typical weaknesses are fire exits wedged open, ground-floor windows without locks and an undocumented split of responsibilities with the landlord of a shared building.',
    evidence: [
      'Annotated floor plan showing secure zones and entry points',
      'Lease or serviced-office agreement setting out landlord security duties',
      'Reviewed ISO 27001 certificate or SOC 2 Type II report of the hosting provider',
      'Site walk-round notes from the latest internal audit',
    ],
  },
  {
    id: '7.2',
    title: 'Physical entry',
    theme: 'physical',
    guidance:
      'At Stage 2 the auditor will often try to walk in unescorted, watch how visitors are signed in and badged, and then sample leavers to confirm their access cards were disabled on their last working day. Expect a check that badge rights match the current staff list and that access to server or comms rooms is limited to a short named list reviewed at least quarterly. Common gaps are tailgating through doors and turnstiles, visitor logs with missing exit times, and cards for leavers or contractors still working months later.',
    evidence: [
      'Badge system export of active cards reconciled to the HR starters and leavers list',
      'Visitor sign-in records (paper book or tablet app) for a sample month',
      'Quarterly review of access to restricted rooms with sign-off',
      'Leaver checklists showing badge return and deactivation',
      'Procedure for handling deliveries and couriers',
    ],
  },
  {
    id: '7.3',
    title: 'Securing offices, rooms and facilities',
    theme: 'physical',
    guidance:
      'The auditor looks for protection of individual rooms that is proportionate to what they hold, such as comms cupboards, HR filing and rooms used for board or M&A discussions. They will check that rooms meant to be locked actually are, that keys and door codes are controlled through a key register and code changes after leavers, and that sensitive facilities are not signposted to visitors. In small offices the classic finding is a network cabinet sitting unlocked in a kitchen or corridor cupboard.',
    evidence: [
      'Key register or key safe log with issue and return entries',
      'Records of door code changes following leavers',
      'Walk-round observations or photographs of locked comms cabinets',
      'Physical security assessment covering each room or facility',
    ],
  },
  {
    id: '7.4',
    title: 'Physical security monitoring',
    theme: 'physical',
    guidance:
      'Auditors want to know what monitoring exists (CCTV, intruder alarms, door-forced and door-held alerts from the access control system) and, more importantly, who receives the alerts and how quickly they respond. They typically check camera coverage of entrances, a retention period consistent with the CCTV privacy notice and data protection law (often around 30 days), and that the alarm monitoring contract and maintenance are current. A frequent weakness is footage that is recorded but never reviewed, or cameras that can see screens and keyboards and so create a confidentiality risk of their own.',
    evidence: [
      'CCTV coverage plan and recorder retention setting',
      'Alarm receiving centre or keyholder monitoring contract',
      'Intruder alarm service and test certificates',
      'Log of alarm activations and responses for a sample period',
      'CCTV privacy notice or data protection impact assessment',
    ],
  },
  {
    id: '7.5',
    title: 'Protecting against physical and environmental threats',
    theme: 'physical',
    guidance:
      'The auditor expects fire, flood, overheating, power surges, severe weather and civil disruption to feature in the risk assessment, with measures suited to the site, such as leak detection under raised floors or keeping servers out of basements prone to flooding. For SaaS organisations much of this is inherited from the cloud region, so a documented rationale for region and availability zone choices, plus review of provider assurance reports, carries real weight. Findings often involve extinguishers or suppression systems past their service date and nobody knowing whether the landlord\'s fire risk assessment is up to date.',
    evidence: [
      'Risk register entries for fire, flood and other environmental threats',
      'Building fire risk assessment and extinguisher service records',
      'Temperature, humidity and water leak alerts for server or comms rooms',
      'Documented rationale for cloud region and availability zone selection',
    ],
  },
  {
    id: '7.6',
    title: 'Working in secure areas',
    theme: 'physical',
    guidance:
      'Where the organisation has designated secure areas, for example a server room, a payments processing room or a secure print area, the auditor looks for written rules on who may enter, whether lone working is permitted and whether phones and photography are restricted. They will check that contractors and cleaners are escorted or vetted and that the rules are displayed at the point of entry. Many cloud-first companies genuinely have no such areas and should state that clearly in the Statement of Applicability justification rather than leave the control ambiguous.',
    evidence: [
      'Secure area rules displayed at the entrance',
      'Escort or supervision records for contractors in the server room',
      'Briefing records for staff granted secure area access',
      'Statement of Applicability justification where no secure areas exist',
    ],
  },
  {
    id: '7.7',
    title: 'Clear desk and clear screen',
    theme: 'physical',
    guidance:
      'Auditors test this on the walk-round by looking for papers left on desks, whiteboards not wiped after meetings, unlocked screens, printouts abandoned at printers and passwords on sticky notes. They will also check that screen lock is enforced technically through MDM or group policy, typically after 5 to 15 minutes of inactivity, and that secure print release and confidential waste bins are provided. For home and hybrid workers expect questions on how the rules are communicated and whether any attestation or spot check takes place.',
    evidence: [
      'Clear desk and clear screen policy with staff acknowledgements',
      'MDM profile or GPO enforcing the screen lock timeout',
      'Results of periodic out-of-hours clear desk checks',
      'Confidential waste collection and shredding certificates',
      'Secure print release configuration',
    ],
  },
  {
    id: '7.8',
    title: 'Equipment siting and protection',
    theme: 'physical',
    guidance:
      'The auditor looks at where equipment physically sits and whether servers, network devices and printers are placed so that unauthorised people cannot view or tamper with them and so that heat, water and dust are kept away. Screens in reception, or visible from the street through ground-floor windows, are a common observation, as are comms racks sharing a cupboard with cleaning supplies. In any on-premises server room expect checks on environmental readings and on whether food and drink near critical kit are controlled.',
    evidence: [
      'Walk-round observations of equipment locations',
      'Temperature and humidity readings for server or comms rooms',
      'Privacy filters issued for screens in public-facing areas',
      'Rack layout or equipment location fields in the asset register',
    ],
  },
  {
    id: '7.9',
    title: 'Security of assets off-premises',
    theme: 'physical',
    guidance:
      'With hybrid working this is mostly about laptops, phones and any paper taken home or carried on business travel. The auditor will look for rules covering travel (not leaving devices in cars, border inspections, hotel rooms), for off-site devices to be tracked against a named custodian in the asset register, and for a tested route to report loss or theft that ends in a remote wipe. Common gaps are kit posted to remote staff with no record of who holds it and no process for recovering equipment from leavers in other countries.',
    evidence: [
      'Asset register showing custodian and location of off-site devices',
      'Remote working and travel security policy',
      'Lost or stolen device incident records with remote wipe confirmation',
      'Shipping and recovery records for equipment sent to remote staff',
    ],
  },
  {
    id: '7.10',
    title: 'Storage media',
    theme: 'physical',
    guidance:
      'The auditor expects removable media to be either blocked or tightly controlled, with a clear rule on when USB drives or external disks may be used and a requirement that they are encrypted. They will ask how media holding classified information are marked, kept, sent by courier and finally destroyed, and will check the technical enforcement on endpoints rather than relying on the policy. A frequent finding is a policy that bans USB storage while the endpoint configuration still allows it.',
    evidence: [
      'Removable media policy',
      'MDM or endpoint configuration blocking or restricting USB mass storage',
      'Register of approved encrypted USB devices',
      'Media destruction certificates',
      'Courier or transport records for media shipments',
    ],
  },
  {
    id: '7.11',
    title: 'Supporting utilities',
    theme: 'physical',
    guidance:
      'For on-premises equipment the auditor looks at power, cooling and telecoms resilience: UPS units sized to allow a graceful shutdown, generator tests where a generator exists, and HVAC maintenance. For cloud-first organisations the focus moves to office connectivity (dual ISPs or 4G/5G failover) and to the utility resilience of the cloud provider, evidenced through its assurance reports. Findings often concern UPS batteries that have never been tested or replaced and no alert when the UPS switches to battery.',
    evidence: [
      'UPS battery test and load records',
      'Generator test logs where applicable',
      'HVAC maintenance contract and service reports',
      'Contract for a secondary or failover internet connection',
      'Utilities section of the cloud provider assurance report',
    ],
  },
  {
    id: '7.12',
    title: 'Cabling security',
    theme: 'physical',
    guidance:
      'The auditor checks that power and network cables run in trunking, floor ducts or ceiling voids rather than loose across floors, that patch panels are labelled, and that they sit inside locked cabinets. Live network ports in meeting rooms and reception should be disabled or placed on a guest VLAN so that a visitor cannot simply plug in. In shared or serviced buildings, ask the landlord how risers and the building comms room are secured, as this is easily overlooked.',
    evidence: [
      'Cabling and patch panel diagrams',
      'Switch configuration showing unused ports disabled or on a guest VLAN',
      'Observation or photographs of locked comms cabinets',
      'Landlord statement on riser and building comms room security',
    ],
  },
  {
    id: '7.13',
    title: 'Equipment maintenance',
    theme: 'physical',
    guidance:
      'Auditors look for UPS, air conditioning, fire systems, access control and any on-premises servers to be serviced to the manufacturer schedule, with records kept. They check that maintenance engineers are authorised and supervised, that devices sent away for repair have their storage removed or wiped first, and that support and warranty contracts for critical kit are in date. A common finding is end-of-life network equipment that no longer receives firmware updates.',
    evidence: [
      'Maintenance schedule and service reports for critical equipment',
      'Support and warranty contracts for servers and network devices',
      'Records of storage removal before off-site repair',
      'Contractor sign-in records for maintenance visits',
    ],
  },
  {
    id: '7.14',
    title: 'Secure disposal or re-use of equipment',
    theme: 'physical',
    guidance:
      'The auditor will sample disposed or reissued assets and trace each one to proof that its data was destroyed, such as a certificate from a specialist disposal vendor listing serial numbers, or a cryptographic erase or full MDM wipe before the device went to a new user. They check that the asset register records the disposal and that leased copiers and printers with internal drives are included. Typical gaps are old laptops piling up in a cupboard for months without tracking, or a disposal vendor that has never been assessed.',
    evidence: [
      'Certificates of destruction listing serial numbers',
      'Asset register entries marked disposed with date and method',
      'MDM wipe or re-provisioning logs for reissued laptops',
      'Due diligence on the disposal vendor, such as its certifications',
      'Copier lease return records covering hard drive handling',
    ],
  },
];
