import type { AnyAbility } from '@casl/ability';

// What an ability's own rules say about the rows of a subject it may read, before any row is
// looked at: all of them, some of them (by a condition), or none.

export type RowAccess = 'all' | 'some' | 'none';

type Conditions = Record<string, unknown> | undefined;

/** A condition no row meets: a column in an empty set (a director between appointments acts for no trust). */
const matchesNoRow = (conditions: Conditions): boolean =>
  Object.values(conditions ?? {}).some((value) => {
    const set = (value as { $in?: unknown } | null)?.$in;
    return Array.isArray(set) && set.length === 0;
  });

/**
 * all: an allowing rule without conditions and no inverted rule on rows. some: allowing rules, but
 * each with conditions, or an inverted rule on rows that excludes some. none: no allowing rule that
 * any row can meet. An inverted rule on fields only (hidden money or findings) hides columns, not rows.
 */
export function rowAccessByRules(ability: AnyAbility, action: string, subject: string): RowAccess {
  const rowRules = ability.possibleRulesFor(action, subject).filter((rule) => !(rule.inverted && rule.fields));
  const allowing = rowRules.filter((rule) => !rule.inverted && !matchesNoRow(rule.conditions as Conditions));
  const excluding = rowRules.filter((rule) => rule.inverted);
  if (allowing.length === 0) return 'none';
  if (excluding.length === 0 && allowing.some((rule) => !rule.conditions)) return 'all';
  return 'some';
}
