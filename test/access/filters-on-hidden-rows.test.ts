import { describe, expect, it } from 'vitest';
import { tokenFor } from '../support/api';
import { postGraphQL } from '../support/raw-graphql';
import { ALL_PRINCIPALS } from '../support/principals';
import { useTestApi } from '../support/test-api';

// A list filter that names another row tells no more than the unfiltered list shows: for every trust
// id, as every role, the filtered list is exactly the unfiltered list's rows whose relation the caller
// sees pointing at that trust. A relation shown as null (a partner outside a commissioner's system)
// never matches, so trying each trust's id cannot reveal which one it is.

const env = useTestApi();

async function ask<T>(query: string, variables: Record<string, unknown>, token: string | null): Promise<T> {
  const { body } = await postGraphQL(env.api.url, query, variables, token);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const CONTRACTS = `query($filter: ContractFilter) { buddyContracts(first: 500, filter: $filter) { nodes { id supportedTrust { id } partnerTrust { id } } } }`;
const REQUESTS = `query($filter: InformationRequestFilter) { informationRequests(first: 500, filter: $filter) { nodes { id trust { id } } } }`;

type Contract = { id: string; supportedTrust: { id: string } | null; partnerTrust: { id: string } | null };
type Request = { id: string; trust: { id: string } | null };

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe.each(ALL_PRINCIPALS.map((p) => [`${p.role} ${p.org ?? ''}`, p] as const))('as %s', (_name, p) => {
  const token = () => (p.org ? tokenFor(p.role, p.org) : null);
  const trustIds = async () =>
    (await env.db.orm.em.fork().getConnection().execute<{ id: string }[]>('select id from trust order by id')).map((row) => row.id);

  it('buddyContracts filtered by supportedTrustId or partnerTrustId matches only relations it shows', async () => {
    const all = (await ask<{ buddyContracts: { nodes: Contract[] } }>(CONTRACTS, {}, token())).buddyContracts.nodes;
    for (const trustId of await trustIds()) {
      for (const key of ['supportedTrust', 'partnerTrust'] as const) {
        const filtered = await ask<{ buddyContracts: { nodes: Contract[] } }>(CONTRACTS, { filter: { [`${key}Id`]: trustId } }, token());
        expect(ids(filtered.buddyContracts.nodes), `${key}Id ${trustId}`).toEqual(ids(all.filter((c) => c[key]?.id === trustId)));
      }
    }
  });

  it('informationRequests filtered by trustId matches only trusts it shows', async () => {
    const all = (await ask<{ informationRequests: { nodes: Request[] } }>(REQUESTS, {}, token())).informationRequests.nodes;
    for (const trustId of await trustIds()) {
      const filtered = await ask<{ informationRequests: { nodes: Request[] } }>(REQUESTS, { filter: { trustId } }, token());
      expect(ids(filtered.informationRequests.nodes), `trustId ${trustId}`).toEqual(ids(all.filter((r) => r.trust?.id === trustId)));
    }
  });
});
