import 'reflect-metadata';
import { Authorized } from 'type-graphql';

/** The two kinds of confidential column domain.md names; abilities.ts lists them and decides who reads each. */
export type Restriction = 'money' | 'findings';

const RESTRICTION = Symbol('restriction');

/**
 * Marks a column as restricted, on the entity: the field then resolves through the auth checker
 * (null with FORBIDDEN at its path for a caller whose ability denies it). A test checks that the
 * marked columns are exactly those abilities.ts lists.
 */
export function Restricted(restriction: Restriction): PropertyDecorator & MethodDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    Reflect.defineMetadata(RESTRICTION, restriction, target, key);
    (Authorized() as MethodDecorator)(target, key, descriptor as PropertyDescriptor);
  };
}

/** The restriction marked on a column of an entity class, if any. */
export function restrictionOf(entity: Function, field: string): Restriction | undefined {
  return Reflect.getMetadata(RESTRICTION, entity.prototype, field);
}
