import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLResponse } from '../support/api';
import { COMMISSIONER, CQC, MONITOR, eventSummary, requestWorld } from './requests.helpers';

// Two or three bodies asking the same trust, topic and period at the same moment end with one
// request and every asker on it: never two requests, never an error for anyone (docs/domain.md#information-requests). Fired
// in parallel over HTTP against the real database, ROUNDS times, each round about a subject no
// request has yet; SQL then shows what was written.

const t = requestWorld();
const ROUNDS = 20;
let rn1: string;

beforeAll(async () => {
  rn1 = await t.trustId('RN1');
  await t.newAuditEvents();
});

const noErrors = (responses: GraphQLResponse<unknown>[]) =>
  expect(responses.map((r) => r.body.errors), JSON.stringify(responses.map((r) => r.body.errors))).toEqual(responses.map(() => undefined));

/** Every request about RN1 on this topic and period, with its current askers. */
async function requestsAbout(topic: string, period: string) {
  return t.sql<{ id: string; status: string; dueOn: string; version: number; askers: string[] }>(`select r.id, r.status, r.due_on::text as "dueOn", r.version,
      (select coalesce(json_agg(a.organisation order by a.organisation), '[]') from request_asker a where a.request_id = r.id and a.withdrawn_on is null) as askers
    from information_request r where r.trust_id = ? and r.topic = ? and r.period = ?`, [rn1, topic, period]);
}

describe(`three bodies asking a new subject at once, ${ROUNDS} rounds`, () => {
  it('one request, three askers, due on the earliest date; no errors; every row audited once', async () => {
    const bodies: [string, () => string, string][] = [['CQC', CQC, '2026-05-20'], ['MONITOR', MONITOR, '2026-04-25'], ['X5N', COMMISSIONER, '2026-06-10']];
    for (let round = 0; round < ROUNDS; round++) {
      const input = await t.askInput('RN1');
      const responses = await Promise.all(bodies.map(([, token, dueOn]) => t.api.ask({ ...input, question: `Round ${round}.`, dueOn }, token())));
      noErrors(responses);
      const returned = new Set(responses.map((r) => r.body.data!.askInformation.id));
      expect(returned.size, `round ${round}: one request id for all`).toBe(1);

      const rows = await requestsAbout(input.topic, input.period);
      expect(rows, `round ${round}`).toEqual([{ id: [...returned][0], status: 'OPEN', dueOn: '2026-04-25', version: expect.any(Number), askers: ['CQC', 'MONITOR', 'X5N'] }]);

      const events = eventSummary(await t.newAuditEvents());
      const [{ id, version }] = rows;
      expect(events.filter((e) => e[1] === 'RequestAsker').map((e) => e[0])).toEqual(['askInformation', 'askInformation', 'askInformation']);
      const onRequest = events.filter((e) => e[1] === 'InformationRequest');
      expect(onRequest.every((e) => e[0] === 'askInformation' && e[2] === id)).toBe(true);
      // Created once; then one update per joiner that brought the date forward, each a version.
      expect(onRequest.filter((e) => (e[3] as string).includes('topic'))).toHaveLength(1);
      expect(onRequest.length - 1).toBe(version - 1);
      expect(version).toBeLessThanOrEqual(3); // at most the two joiners bring it forward
    }
  });
});

describe(`the same body asking twice at once, ${ROUNDS} rounds`, () => {
  it('one request, one ask; the second is CONFLICT by the one-ask-per-body rule, and writes nothing', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const input = await t.askInput('RN1');
      const responses = await Promise.all([t.api.ask(input, CQC()), t.api.ask({ ...input, question: 'Twice.' }, CQC())]);
      const failed = responses.filter((r) => r.body.errors);
      expect(failed, `round ${round}`).toHaveLength(1);
      expect(failed[0].body.errors!.map((e) => [e.extensions?.code, e.message])).toEqual([['CONFLICT', 'CQC already asks this request: one ask per body']]);
      const rows = await requestsAbout(input.topic, input.period);
      expect(rows.map((r) => [r.status, r.askers])).toEqual([['OPEN', ['CQC']]]);
      expect((await t.newAuditEvents()).map((e) => e.entity)).toEqual(['InformationRequest', 'RequestAsker']);
    }
  });
});

describe(`an ask racing the last asker's withdrawal, ${ROUNDS} rounds`, () => {
  it('both succeed, and the subject ends with exactly one live request, which the new asker asks', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const input = await t.askInput('RN1');
      const first = await t.ask(MONITOR(), input);
      const responses = await Promise.all([t.api.withdraw(first.id, MONITOR()), t.api.ask({ ...input, question: 'Just in time?' }, COMMISSIONER())]);
      noErrors(responses);
      const rows = await requestsAbout(input.topic, input.period);
      const live = rows.filter((r) => r.status !== 'WITHDRAWN');
      expect(live.map((r) => [r.status, r.askers]), `round ${round}`).toEqual([['OPEN', ['X5N']]]);
      // Either X5N joined before MONITOR left (one request), or it came after and opened a new one.
      expect(rows.length === 1 ? rows[0].id === first.id : rows.some((r) => r.id === first.id && r.status === 'WITHDRAWN')).toBe(true);
      await t.newAuditEvents();
    }
  });
});
