import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums';
import { DEMO_PRINCIPALS } from '../../src/db/demo-principals';
import { ROLE_EXAMPLES, type RoleExample } from '../../src/explorer/role-examples';

// The per-role example queries are written once (src/explorer/role-examples.ts): the README lists
// the same ones, for principals that exist in the demo data.

const readmeLine = ({ role, org, query, note }: RoleExample) =>
  `- ${role} (${org ? `\`${org}\`` : 'no token'}): \`${query}\`${note ? ` (${note})` : ''}`;

describe('the example query of each role', () => {
  it('is one per role, each a document that parses', () => {
    expect(ROLE_EXAMPLES.map((e) => e.role).sort()).toEqual(Object.values(Role).sort());
    for (const { query } of ROLE_EXAMPLES) expect(() => parse(query)).not.toThrow();
  });

  it('is for a demo principal', () => {
    for (const { role, org } of ROLE_EXAMPLES.filter((e) => e.role !== Role.PUBLIC)) {
      expect(DEMO_PRINCIPALS.some((p) => p.role === role && p.org === org)).toBe(true);
    }
  });

  it("is listed in the README's 'One example query per role', as written in the code", () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### One example query per role'), readme.indexOf('### Explorer'));
    const listed = section.split('\n').filter((line) => line.startsWith('- '));
    expect(listed).toEqual(ROLE_EXAMPLES.map(readmeLine));
  });
});
