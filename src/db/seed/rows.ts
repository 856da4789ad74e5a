// Writing rows: em.create with stable ids, and the rule check that stops a story breaking docs/domain.md#entities-and-rules.
import type { EntityClass, EntityManager, RequiredEntityData } from '@mikro-orm/core';

export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`demo data breaks a rule: ${message}`);
}

// Derived fields (formulas, getters, version columns) that the database or the entity computes.
type Derived =
  | 'currentRating' | 'inSpecialMeasures' | 'meetsSpecialMeasuresCriteria' | 'chiefExecutivesInLast12Months'
  | 'oversightBody' | 'eligibleForFoundationStatus' | 'incentiveApproved' | 'incentivePaid'
  | 'reimbursed' | 'contractingBody' | 'version' | 'active' | 'reinspectionDueOn' | 'updateOverdue' | 'overdue';
type NewRow<T> = Omit<RequiredEntityData<T>, Derived> & { id: string };

/** em.create with an explicit id, not asking for the derived fields. */
export function insert<T extends object>(em: EntityManager, entity: EntityClass<T>, row: NewRow<T>): T {
  // Two rows of one name would silently be one: the second create merges into the first.
  check(em.getUnitOfWork().getById(entity.name, row.id as never) === undefined, `${entity.name} ${row.id} written twice`);
  return em.create(entity, row as unknown as RequiredEntityData<T>);
}
