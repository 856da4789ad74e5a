import { rulesToCondition } from '@casl/ability/extra';
import type { FilterQuery } from '@mikro-orm/core';
import type { SubjectName } from '../modules/entities';
import type { Action, AppAbility } from './abilities';

type Condition = Record<string, unknown>;

/**
 * The SQL side of the ability: the rows of `subject` the caller may `action`, as a MikroORM filter.
 * Rule conditions are already MikroORM filters over the row's own columns (see abilities.ts), so
 * they pass through as they are; only the combination of rules is CASL's.
 */
export function accessFilter<T>(ability: AppAbility, action: Action, subject: SubjectName): FilterQuery<T> {
  const condition = rulesToCondition(
    ability.rulesFor(action, subject),
    (rule): Condition => {
      const conditions = (rule.conditions ?? {}) as Condition;
      return rule.inverted ? { $not: conditions } : conditions;
    },
    {
      and: (conditions: Condition[]) => ({ $and: conditions }),
      or: (conditions: Condition[]) => ({ $or: conditions }),
      empty: () => ({}),
    },
  );
  // null means no rule allows any row: no rows, never "no filter".
  return (condition ?? { id: { $in: [] } }) as FilterQuery<T>;
}
