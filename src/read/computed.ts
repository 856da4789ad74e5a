import 'reflect-metadata';

const COMPUTED_IN_SQL = Symbol('computedInSql');

/**
 * The same value as the getter it marks, in SQL over the row's table alias: the planned read path
 * computes the field in the database, the getter serves rows a change returns. A test compares them.
 */
export function ComputedInSql(expression: (alias: string) => string) {
  return (target: object, key: string | symbol, _descriptor?: PropertyDescriptor): void => {
    Reflect.defineMetadata(COMPUTED_IN_SQL, expression, target, key);
  };
}

export function computedInSql(entity: Function, field: string): ((alias: string) => string) | undefined {
  return Reflect.getMetadata(COMPUTED_IN_SQL, entity.prototype, field);
}
