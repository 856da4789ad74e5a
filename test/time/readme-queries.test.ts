import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { tokenFor } from '../support/api';
import { postGraphQL } from '../support/raw-graphql';
import { readProjectFile } from '../support/project-files';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// The README's "Questions over time" (docs/domain.md#time): each query as written there answers,
// on the demo data, with rows and no errors, for the regulator and for the public.

const env = useTestApi();
const readme = readProjectFile('README.md');
const section = readme.slice(readme.indexOf('## Questions over time'), readme.indexOf('\n## ', readme.indexOf('## Questions over time') + 5));
const queries = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map(([, query]) => query);
const VARIABLES = { date: addDays(TEST_TODAY, -365) };

describe("the README's questions over time", () => {
  it('are four queries', () => {
    expect(queries).toHaveLength(4);
  });

  it.each([['REGULATOR', tokenFor('REGULATOR', 'CQC')], ['PUBLIC', null]] as const)('answer with rows for %s', async (_role, token) => {
    for (const query of queries) {
      const declared = new Set(parse(query).definitions.flatMap((d) => ('variableDefinitions' in d ? d.variableDefinitions ?? [] : []).map((v) => v.variable.name.value)));
      const variables = Object.fromEntries(Object.entries(VARIABLES).filter(([name]) => declared.has(name)));
      const { status, body } = await postGraphQL(env.api.url, query, variables, token);
      expect(status, query).toBe(200);
      expect(body.errors, query).toBeUndefined();
      const [answer] = Object.values(body.data as Record<string, unknown>);
      const rows = Array.isArray(answer) ? answer : (answer as { ratingHistory: unknown[] }).ratingHistory;
      expect(rows.length, query).toBeGreaterThan(0);
    }
  });
});
