import { Authorized } from 'type-graphql';

/** The two kinds of confidential column domain.md names; abilities.ts decides who reads each. */
export type Restriction = 'money' | 'findings';

const registry: { subject: string; field: string; restriction: Restriction }[] = [];

/**
 * Marks a column as restricted: the one place that says so. The field then resolves through the
 * auth checker (null with FORBIDDEN at its path for a caller whose ability denies that field).
 */
export function Restricted(restriction: Restriction): PropertyDecorator & MethodDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    registry.push({ subject: target.constructor.name, field: String(key), restriction });
    (Authorized() as MethodDecorator)(target, key, descriptor as PropertyDescriptor);
  };
}

/** subject -> restricted fields of that kind, e.g. { BuddyContract: ['reimbursementCap', ...] }. */
export function restrictedFields(restriction: Restriction): Map<string, string[]> {
  const bySubject = new Map<string, string[]>();
  for (const entry of registry.filter((e) => e.restriction === restriction)) {
    bySubject.set(entry.subject, [...(bySubject.get(entry.subject) ?? []), entry.field]);
  }
  return bySubject;
}
