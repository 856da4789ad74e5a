import { ChangeSetType, type ChangeSet } from '@mikro-orm/core';
import { PaymentStatus, RequestStatus } from '../common/enums';
import { owningTrustId } from '../change/audit-writer';
import type { SubjectName } from '../modules/entities';
import { RegimeEventKind as Kind, type ChangeEvent } from './regime-event';

/**
 * A changed row that is an event: its entity, whether it was created or updated, and, when given,
 * a field the change sets to a value (any but null, or one of `to`).
 */
interface KindOfChange {
  kind: Kind;
  entity: SubjectName;
  on: 'create' | 'update';
  field?: string;
  to?: readonly unknown[];
}

/**
 * Which changed rows are events, and of which kind: one event per changed row that a line matches,
 * the first such line. A scheduled publication (a date after today) is an event when it is set:
 * those who read unpublished inspections hear of it then; the public, who cannot read it yet, never.
 * Joining an open request adds an asker, not a request: the trust has nothing new to answer.
 */
export const EVENT_KINDS: readonly KindOfChange[] = [
  { kind: Kind.PLACED_IN_SPECIAL_MEASURES, entity: 'SpecialMeasuresEpisode', on: 'create' },
  { kind: Kind.SPECIAL_MEASURES_EXTENDED, entity: 'SpecialMeasuresEpisode', on: 'update', field: 'extensions' },
  { kind: Kind.EXITED_SPECIAL_MEASURES, entity: 'SpecialMeasuresEpisode', on: 'update', field: 'exitedOn' },
  { kind: Kind.INSPECTION_PUBLISHED, entity: 'Inspection', on: 'create', field: 'publishedOn' },
  { kind: Kind.INSPECTION_PUBLISHED, entity: 'Inspection', on: 'update', field: 'publishedOn' },
  { kind: Kind.DIRECTOR_APPOINTED, entity: 'DirectorAppointment', on: 'create' },
  { kind: Kind.LEADERSHIP_CHANGED, entity: 'LeadershipTenure', on: 'create' },
  { kind: Kind.LEADERSHIP_CHANGED, entity: 'LeadershipTenure', on: 'update', field: 'endedOn' },
  { kind: Kind.PLAN_UPDATE_PUBLISHED, entity: 'PlanUpdate', on: 'create' },
  { kind: Kind.CONTRACT_OUTCOME_REPORTED, entity: 'ContractOutcome', on: 'create' },
  { kind: Kind.INCENTIVE_PAYMENT_DECIDED, entity: 'IncentivePayment', on: 'update', field: 'status', to: [PaymentStatus.APPROVED, PaymentStatus.WITHHELD] },
  { kind: Kind.INFORMATION_REQUESTED, entity: 'InformationRequest', on: 'create' },
  { kind: Kind.INFORMATION_ANSWERED, entity: 'InformationRequest', on: 'update', field: 'status', to: [RequestStatus.ANSWERED] },
];

const TYPES = { create: ChangeSetType.CREATE, update: ChangeSetType.UPDATE } as const;

function matches(line: KindOfChange, cs: ChangeSet<object>): boolean {
  if (cs.name !== line.entity || cs.type !== TYPES[line.on]) return false;
  if (line.field === undefined) return true;
  const value = (cs.payload as Record<string, unknown>)[line.field];
  return value !== undefined && value !== null && (line.to === undefined || line.to.includes(value));
}

/** The events of a change's rows, in the order of its change sets, all at `at`. */
export function eventsOf(changeSets: ChangeSet<object>[], at: Date): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  for (const cs of changeSets) {
    const line = EVENT_KINDS.find((candidate) => matches(candidate, cs));
    if (!line) continue;
    const row = cs.entity as { id: string };
    events.push({ kind: line.kind, subjectType: line.entity, subjectId: row.id, trustId: owningTrustId(row, cs.name), at: at.toISOString() });
  }
  return events;
}
