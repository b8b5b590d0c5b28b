import {
  IMPLEMENTATION_STATUSES,
  IMPLEMENTATION_STATUS_LABELS,
  SOA_REASONS,
  SOA_REASON_LABELS,
  type ImplementationStatus,
  type SoaReason,
} from '../../shared/domain/soa';
import { bad, ok, phraseKey, type Parsed } from './cell-values';

/*
 * The SoA's own cell values: reasons for inclusion and implementation status, each accepted as its key, its label
 * in the app, or the words other SoA templates use for it.
 */

const REASON_WORDS: Record<SoaReason, readonly string[]> = {
  'risk-treatment': [
    'risk treatment',
    'risk',
    'risks',
    'risk assessment',
    'risk treatment plan',
    'result of risk assessment',
    'risk assessment result',
    'rtp',
    'ra',
    'rr',
    'rra',
  ],
  'legal-regulatory': [
    'legal or regulatory',
    'legal and regulatory',
    'legal regulatory',
    'legal',
    'regulatory',
    'law',
    'laws',
    'legislation',
    'regulation',
    'regulations',
    'legal requirement',
    'legal requirements',
    'regulatory requirement',
    'regulatory requirements',
    'statutory',
    'lr',
  ],
  contractual: [
    'contractual',
    'contract',
    'contracts',
    'contractual obligation',
    'contractual obligations',
    'contractual requirement',
    'contractual requirements',
    'co',
  ],
  'business-best-practice': [
    'business requirement best practice',
    'business requirements best practice',
    'business requirement',
    'business requirements',
    'business',
    'business need',
    'best practice',
    'best practices',
    'good practice',
    'business best practice',
    'br',
    'bp',
    'br bp',
  ],
};

const REASON_LOOKUP = new Map<string, SoaReason>(
  SOA_REASONS.flatMap((reason) =>
    [reason, SOA_REASON_LABELS[reason], ...REASON_WORDS[reason]].map((w) => [phraseKey(w), reason] as const),
  ),
);

/** Reasons as labels or keys, separated by semicolons, commas or line breaks; duplicates collapse. */
export function parseReasons(text: string): Parsed<SoaReason[]> {
  const found = new Set<SoaReason>();
  const unknown: string[] = [];
  for (const part of text.split(/[;,\n]+/)) {
    if (part.trim() === '') continue;
    const reason = REASON_LOOKUP.get(phraseKey(part));
    if (reason) found.add(reason);
    else unknown.push(part.trim());
  }
  if (unknown.length > 0) {
    const list = unknown.map((u) => `"${u}"`).join(', ');
    return bad(
      `${list} ${unknown.length === 1 ? 'is not a reason' : 'are not reasons'} for inclusion: use ` +
        `${SOA_REASONS.map((r) => SOA_REASON_LABELS[r]).join('; ')}.`,
    );
  }
  return ok(SOA_REASONS.filter((r) => found.has(r)));
}

const STATUS_WORDS: Record<ImplementationStatus, readonly string[]> = {
  implemented: ['implemented', 'fully implemented', 'done', 'complete', 'completed', 'in place', 'operational'],
  partial: [
    'partial',
    'partially',
    'partially implemented',
    'partly implemented',
    'in progress',
    'ongoing',
    'being implemented',
    'under implementation',
    'implementation in progress',
  ],
  planned: ['planned', 'scheduled', 'to be implemented', 'implementation planned'],
  'not-started': ['not started', 'not implemented', 'not yet implemented', 'not yet started', 'none', 'to do', 'todo'],
};

const STATUS_LOOKUP = new Map<string, ImplementationStatus>(
  IMPLEMENTATION_STATUSES.flatMap((status) =>
    [status, IMPLEMENTATION_STATUS_LABELS[status], ...STATUS_WORDS[status]].map((w) => [phraseKey(w), status] as const),
  ),
);

export function parseStatus(text: string): Parsed<ImplementationStatus> {
  const status = STATUS_LOOKUP.get(phraseKey(text));
  if (status) return ok(status);
  return bad(
    `"${text}" is not an implementation status: use ` +
      `${IMPLEMENTATION_STATUSES.map((s) => IMPLEMENTATION_STATUS_LABELS[s]).join(', ')}.`,
  );
}
