import { rulesToCondition } from '@casl/ability/extra';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { parseId } from '../common/ids';
import { one, type Rows } from '../modules/rows';
import type { SubjectName } from '../modules/entities';
import type { Action, AppAbility } from './abilities';

type Condition = Record<string, unknown>;

/**
 * The rows of `subject` on which the caller may `action` (or `action` that one field of), as a
 * MikroORM filter: `{}` for every row, null for none. Rule conditions are already MikroORM filters
 * over the row's own columns (see abilities.ts), so they pass through as they are; only the
 * combination of rules is CASL's.
 */
export function accessCondition<T>(ability: AppAbility, action: Action, subject: SubjectName, field?: string): FilterQuery<T> | null {
  return rulesToCondition(
    ability.rulesFor(action, subject, field),
    (rule): Condition => {
      const conditions = (rule.conditions ?? {}) as Condition;
      return rule.inverted ? { $not: conditions } : conditions;
    },
    {
      and: (conditions: Condition[]) => ({ $and: conditions }),
      or: (conditions: Condition[]) => ({ $or: conditions }),
      empty: () => ({}),
    },
  ) as FilterQuery<T> | null;
}

/** The SQL side of the ability: the rows of `subject` the caller may `action`, for a WHERE. */
export function accessFilter<T>(ability: AppAbility, action: Action, subject: SubjectName): FilterQuery<T> {
  // null means no rule allows any row: no rows, never "no filter".
  return accessCondition<T>(ability, action, subject) ?? ({ id: { $in: [] } } as FilterQuery<T>);
}

/**
 * A condition on a relation for a list filter: the row with this id, if the caller may read it. A
 * filter naming a row the caller cannot see then matches nothing, as for a row that does not exist,
 * instead of telling which hidden row a relation points at.
 */
export function readableRow<T>(ability: AppAbility, subject: SubjectName, id: string): FilterQuery<T> {
  return { $and: [{ id }, accessFilter(ability, 'read', subject)] } as FilterQuery<T>;
}

/** The row with this id if the caller may read it, as a query's rows: none when the id cannot name a row. */
export function readableById(ability: AppAbility, entity: EntityClass<object>, id: string | null | undefined): Rows {
  const key = parseId(id);
  return one(entity, key ? readableRow(ability, entity.name as SubjectName, key) : null);
}
