import { describe, expect, it } from 'vitest';
import { tokenFor } from '../support/api';
import { postGraphQL } from '../support/raw-graphql';
import { useTestApi } from '../support/test-api';
import { leadershipSamples } from '../pipeline/samples/leadership.samples';

// The caller's scope and ability are kept a few seconds between requests (src/auth/access-cache.ts),
// but a change committed by the server clears them: a director appointed reads its trust's money at once.

const env = useTestApi();

const ask = async (query: string, variables: Record<string, unknown>, token: string) =>
  (await postGraphQL(env.api.url, query, variables, token)).body;

const MONEY = 'query($id: ID!) { trust(id: $id) { name financialForecast } }';
const APPOINT = 'mutation($input: AppointImprovementDirectorInput!) { appointImprovementDirector(input: $input) { id } }';

describe('access kept between requests', () => {
  it('is renewed by the change that moves it: a newly appointed director reads the trust’s money in the next request', async () => {
    const { variables, token } = await leadershipSamples.appointImprovementDirector.prepare(env.db.orm.em.fork());
    const { directorId, trustId } = (variables as { input: { directorId: string; trustId: string } }).input;
    const [{ code }] = await env.db.orm.em.fork().getConnection().execute<{ code: string }[]>('select code from improvement_director where id = ?', [directorId]);
    const director = tokenFor('IMPROVEMENT_DIRECTOR', code);

    const before = await ask(MONEY, { id: trustId }, director);
    expect(before.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const appointed = await ask(APPOINT, variables as Record<string, unknown>, token!);
    expect(appointed.errors).toBeUndefined();
    const after = await ask(MONEY, { id: trustId }, director);
    expect(after.errors).toBeUndefined();
  });
});
