import { entitiesByName, type SubjectName } from '../modules/entities';
import { restrictionsOf, type Restriction } from './restricted';

let byRestriction: Record<Restriction, Partial<Record<SubjectName, string[]>>> | undefined;

/** The restricted columns of every entity, by kind, as the entities mark them (@Restricted). */
export function restrictedFields(): Record<Restriction, Partial<Record<SubjectName, string[]>>> {
  if (byRestriction) return byRestriction;
  const fields: Record<Restriction, Partial<Record<SubjectName, string[]>>> = { money: {}, findings: {} };
  for (const [subject, entity] of Object.entries(entitiesByName) as [SubjectName, Function][]) {
    for (const [field, restriction] of restrictionsOf(entity)) (fields[restriction][subject] ??= []).push(field);
  }
  return (byRestriction = fields);
}

export const isRestricted = (subject: SubjectName, field: string): boolean =>
  Object.values(restrictedFields()).some((bySubject) => bySubject[subject]?.includes(field) ?? false);
