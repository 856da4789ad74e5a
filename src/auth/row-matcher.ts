import { buildMongoQueryMatcher } from '@casl/ability';
import { BaseEntity } from '../common/base.entity';

// Rule conditions are written as MikroORM filters over a row's own columns, e.g.
// { trust: { $in: ids } }. On a loaded row `trust` is an entity (or an unloaded reference): compare
// it by its id. A missing value (a null date, say) compares with nothing, so `$lte` on an
// unpublished inspection's null date is false, as it is in SQL.
const keyOf = (value: unknown) => (value instanceof BaseEntity ? value.id : value);

function compare(a: unknown, b: unknown): 0 | 1 | -1 {
  const left = keyOf(a);
  const right = keyOf(b);
  if (left === right) return 0;
  // NaN makes every ordering test false (SQL's NULL): ucast only tests the sign.
  if (left == null || right == null) return Number.NaN as 0;
  return (left as string) > (right as string) ? 1 : -1;
}

export const conditionsMatcher = buildMongoQueryMatcher({}, {}, { compare });
