import { beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/api';
import { postGraphQL } from '../support/raw-graphql';
import { useTestApi } from '../support/test-api';

// A row the caller may not read answers exactly as a row that does not exist (null), and costs
// the same work: one statement, the same text, the id the only value that differs. So its timing
// tells nothing about whether it exists, as a second, slower path for hidden rows once did.

const env = useTestApi();
const MISSING = '00000000-0000-4000-8000-000000000000';
let sent: { sql: string; bindings: unknown[] }[] = [];
let hidden: Record<string, string>;

beforeAll(async () => {
  const id = async (sql: string) => (await env.db.orm.em.fork().getConnection().execute<{ id: string }[]>(sql))[0].id;
  // Rows of trusts outside the commissioner's system (X5N: Northmere and Fenwick), which it may not read.
  const outside = `trust_id not in (select t.id from trust t join commissioner c on c.local_system_id = t.local_system_id where c.code = 'X5N')`;
  hidden = {
    trust: await id(`select id from trust where ${outside.replace('trust_id', 'id')} limit 1`),
    buddyContract: await id(`select id from buddy_contract where ${outside.replace('trust_id', 'supported_trust_id')} limit 1`),
    inspection: await id(`select id from inspection where ${outside} limit 1`),
  };
  env.db.orm.em.getConnection().getKnex().on('query', (query: { sql: string; bindings: unknown[] }) => sent.push(query));
});

async function read(query: string, id: string) {
  sent = [];
  const { body } = await postGraphQL(env.api.url, query, { id }, tokenFor('COMMISSIONER', 'X5N'));
  return { body, statements: sent.filter((s) => !/^(begin|commit)/i.test(s.sql)) };
}

describe('as a commissioner, a row outside its system and a row that does not exist', () => {
  it.each([
    ['trust', 'query($id: ID!) { trust(id: $id) { name financialForecast inspections { overall } } }'],
    ['buddyContract', 'query($id: ID!) { buddyContract(id: $id) { reference outcomes { measure } } }'],
    ['inspection', 'query($id: ID!) { inspection(id: $id) { overall trust { name } } }'],
    ['node', 'query($id: ID!) { node(id: $id) { id ... on Trust { name } } }'],
  ])('%s(id): the same null, by the same one statement', async (field, query) => {
    await read(query, MISSING); // prepared and its access cached: both timed reads below start equal
    const missing = await read(query, MISSING);
    const notReadable = await read(query, hidden[field] ?? hidden.trust);
    expect(notReadable.body).toEqual({ data: { [field]: null } });
    expect(missing.body).toEqual(notReadable.body);
    expect(notReadable.statements).toHaveLength(1);
    expect(missing.statements.map((s) => s.sql)).toEqual(notReadable.statements.map((s) => s.sql));
    const differing = missing.statements[0].bindings.flatMap((value, i) => (JSON.stringify(value) === JSON.stringify(notReadable.statements[0].bindings[i]) ? [] : [value]));
    expect([...new Set(differing)]).toEqual([MISSING]);
  });
});
