import { Kind, type FieldNode, type SelectionSetNode } from 'graphql';
import { TrustsWithEverythingDocument } from '../generated/graphql';

// What statement-count.test.ts needs to know about the TrustsWithEverything query.

const fieldsOf = (set: SelectionSetNode | undefined): FieldNode[] =>
  (set?.selections ?? []).filter((selection): selection is FieldNode => selection.kind === Kind.FIELD);

const childField = (set: SelectionSetNode | undefined, name: string): FieldNode => fieldsOf(set).find((field) => field.name.value === name)!;

/** Every relation (a field with a selection set) under trusts.nodes, as a dotted path: "buddyContracts.payments.outcome". */
export function relationPaths(): string[] {
  const [operation] = TrustsWithEverythingDocument.definitions;
  if (operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('TrustsWithEverything: not an operation');
  const nodes = childField(childField(operation.selectionSet, 'trusts').selectionSet, 'nodes');
  const walk = (set: SelectionSetNode | undefined, prefix: string): string[] =>
    fieldsOf(set)
      .filter((field) => field.selectionSet)
      .flatMap((field) => {
        const path = `${prefix}${field.name.value}`;
        return [path, ...walk(field.selectionSet, `${path}.`)];
      });
  return walk(nodes.selectionSet, '');
}

/** The non-null values at `path` below `root`, lists flattened at every step. */
export function valuesAt(root: unknown, path: string): unknown[] {
  let values: unknown[] = [root];
  for (const key of path.split('.')) {
    values = values.flatMap((value) => {
      const next = (value as Record<string, unknown>)[key];
      return Array.isArray(next) ? next : [next];
    }).filter((value) => value !== null && value !== undefined);
  }
  return values;
}

/**
 * How each relation's rows are found: "table by column". Relations with the same lookup may share
 * one statement (an episode's entry and exit inspections: inspection by id).
 */
export const LOOKUPS: Record<string, string> = {
  localSystem: 'local_system by id',
  'localSystem.commissioners': 'commissioner by local_system_id',
  inspections: 'inspection by trust_id',
  'inspections.trust': 'trust by id',
  specialMeasuresEpisodes: 'special_measures_episode by trust_id',
  'specialMeasuresEpisodes.entryInspection': 'inspection by id',
  'specialMeasuresEpisodes.exitInspection': 'inspection by id',
  buddyContracts: 'buddy_contract by supported_trust_id',
  'buddyContracts.supportedTrust': 'trust by id',
  'buddyContracts.partnerTrust': 'trust by id',
  'buddyContracts.outcomes': 'contract_outcome by contract_id',
  'buddyContracts.payments': 'incentive_payment by contract_id',
  'buddyContracts.payments.outcome': 'contract_outcome by id',
  'buddyContracts.reimbursementClaims': 'reimbursement_claim by contract_id',
  partnerContracts: 'buddy_contract by partner_trust_id',
  directorAppointments: 'director_appointment by trust_id',
  'directorAppointments.director': 'improvement_director by id',
  'directorAppointments.director.appointments': 'director_appointment by director_id',
  'directorAppointments.director.appointments.trust': 'trust by id',
  leadershipReviews: 'leadership_review by trust_id',
  'leadershipReviews.trust': 'trust by id',
  leaders: 'leadership_tenure by trust_id',
  'leaders.trust': 'trust by id',
  improvementPlan: 'improvement_plan by trust_id',
  'improvementPlan.trust': 'trust by id',
  'improvementPlan.actions': 'plan_action by plan_id',
  'improvementPlan.updates': 'plan_update by plan_id',
};
