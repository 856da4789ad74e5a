import { isNonNullType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { RESTRICTED_FIELDS } from '../../src/auth/abilities';
import { restrictionOf } from '../../src/auth/restricted';
import { getSchema } from '../../src/schema';

// The confidential columns are said in two places on purpose: marked @Restricted on the entity
// (so the field resolves through the auth checker) and listed in abilities.ts (so the rules hide
// them). This keeps the two the same.

const listed = () =>
  Object.entries(RESTRICTED_FIELDS).flatMap(([kind, bySubject]) =>
    Object.entries(bySubject).flatMap(([subject, fields]) => fields!.map((field) => `${subject}.${field}: ${kind}`)))
    .sort();

describe('restricted columns', () => {
  it('the entities mark exactly the columns abilities.ts lists, each with the same kind', async () => {
    await getSchema(); // loads every entity class and its field metadata
    const marked = getMetadataStorage().fields
      .map((f) => ({ f, kind: restrictionOf(f.target, f.name) }))
      .filter(({ kind }) => kind !== undefined)
      .map(({ f, kind }) => `${f.target.name}.${f.name}: ${kind}`)
      .sort();
    expect(marked.length).toBeGreaterThanOrEqual(9);
    expect(marked).toEqual(listed());
  });

  it('every restricted field is nullable in the served schema, so a refusal leaves the rest of the row', async () => {
    const schema = await getSchema();
    for (const entry of listed()) {
      const [subject, field] = entry.split(/[.:]/);
      const type = schema.getType(subject) as { getFields(): Record<string, { type: unknown }> } | undefined;
      expect(type?.getFields()[field], entry).toBeDefined();
      expect(isNonNullType(type!.getFields()[field].type), entry).toBe(false);
    }
  });
});
