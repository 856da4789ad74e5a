import 'reflect-metadata';

/** The two kinds of confidential column of docs/domain.md#who-reads-what; abilities.ts decides who reads each. */
export type Restriction = 'money' | 'findings';

const RESTRICTIONS = Symbol('restrictions');

/**
 * Marks a column as restricted, on the entity: the one place that says which columns are. Who may
 * read it is the ability's (src/auth/abilities.ts); the read engine answers null with FORBIDDEN at
 * its path for a caller whose ability denies it.
 */
export function Restricted(restriction: Restriction): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    const marked: [string, Restriction][] = Reflect.getOwnMetadata(RESTRICTIONS, target.constructor) ?? [];
    Reflect.defineMetadata(RESTRICTIONS, [...marked, [String(key), restriction]], target.constructor);
  };
}

/** The restricted columns of an entity class (its own and inherited), with their kind. */
export function restrictionsOf(entity: Function): [string, Restriction][] {
  return Reflect.getMetadata(RESTRICTIONS, entity) ?? [];
}
