import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { Trust } from '../../src/modules/entities';
import { AddPlanActionDocument, AskInformationDocument, CreateBuddyContractDocument, RecordLeadershipChangeDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// Free text, as every mutation checks it (src/common/validate.ts), shown on askInformation's
// question (1 to 2,000 characters): what PostgreSQL could not store, or a person would not call
// text, is BAD_USER_INPUT naming the field; length counts characters, not UTF-16 units. Names,
// titles and codes refuse invisible formatting characters too (bidirectional controls, zero-width
// characters), which free text keeps.

const env = useTestApi();
const topics = ['WORKFORCE', 'FINANCE', 'GOVERNANCE', 'PERFORMANCE', 'MATERNITY'] as const;
let asked = 0;

async function ask(question: string) {
  const trust = await env.db.orm.em.fork().findOneOrFail(Trust, { odsCode: 'RH1' });
  const input = { trustId: trust.id, topic: topics[asked++ % topics.length], period: '2026-01', question, dueOn: addDays(TEST_TODAY, 7) };
  return (await env.api.request(AskInformationDocument, { input }, tokenFor('REGULATOR', 'CQC'))).body;
}

describe('a question', () => {
  it.each([
    ['a lone surrogate', 'Staffing \ud800 levels?', /question is not valid text/],
    ['a C1 control character', 'Staffing\u009b levels?', /question must not contain control characters/],
    ['a NUL', 'Staffing\u0000 levels?', /question must not contain control characters/],
    ['2,001 characters of emoji', '😀'.repeat(2001), /question must be 1 to 2000 characters/],
  ])('with %s is BAD_USER_INPUT', async (_what, question, message) => {
    const body = await ask(question);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0].message).toMatch(message);
  });

  it('of 2,000 emoji (4,000 UTF-16 units), or with tabs, line breaks and CRLF, is accepted', async () => {
    for (const question of ['😀'.repeat(2000), 'Line one,\r\nline two\tand a tab.']) {
      const body = await ask(question);
      expect(body.errors).toBeUndefined();
      expect(body.data!.askInformation.askers.at(-1)!.question).toBe(question);
    }
  });
});

describe('names, titles and codes', () => {
  const trustId = async (odsCode: string) => (await env.db.orm.em.fork().findOneOrFail(Trust, { odsCode })).id;
  const codes = (body: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => body.errors?.map((e) => e.extensions?.code);
  const INVISIBLE = [['a right-to-left override and a zero-width space', '\u202e\u200b'], ['a zero-width space', 'Dr\u200bCalder'],
    ['a first-strong isolate', 'Dr \u2068Calder\u2069'], ['a byte order mark', '\ufeffCalder'], ['a right-to-left mark', 'Calder\u200f']] as const;

  it.each(INVISIBLE)('a leader\'s name with %s is BAD_USER_INPUT, and nothing is stored', async (_what, name) => {
    const input = { trustId: await trustId('RN1'), role: 'CHAIR' as const, name, startedOn: TEST_TODAY, interim: false };
    const { body } = await env.api.request(RecordLeadershipChangeDocument, { input }, tokenFor('TRUST', 'RN1'));
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].message).toBe('name must not contain invisible formatting characters (bidirectional controls or zero-width characters)');
    expect(await env.db.orm.em.fork().getConnection().execute('select 1 from leadership_tenure where name = ?', [name])).toEqual([]);
  });

  it('a plan action\'s title and a contract\'s reference refuse them too', async () => {
    const action = { trustId: await trustId('RN1'), title: 'Fix \u202eeno\u202c rota', keyQuestion: 'SAFE' as const, dueOn: addDays(TEST_TODAY, 30) };
    const added = await env.api.request(AddPlanActionDocument, { input: action }, tokenFor('TRUST', 'RN1'));
    expect(codes(added.body)).toEqual(['BAD_USER_INPUT']);
    expect(added.body.errors![0].message).toMatch(/^title must not contain invisible formatting characters/);
    const contract = {
      reference: 'BC-\u200d2026', supportedTrustId: await trustId('RN1'), partnerTrustId: await trustId('RH2'),
      startsOn: TEST_TODAY, endsOn: addDays(TEST_TODAY, 365), reimbursementCap: '1000.00', incentiveFund: '1000.00',
    };
    const created = await env.api.request(CreateBuddyContractDocument, { input: contract }, tokenFor('OVERSIGHT', 'MONITOR'));
    expect(codes(created.body)).toEqual(['BAD_USER_INPUT']);
    expect(created.body.errors![0].message).toMatch(/^reference must not contain invisible formatting characters/);
  });

  it('free text keeps them: a question in Arabic with a right-to-left mark and an emoji sequence is stored as sent', async () => {
    const question = 'كم عدد الممرضات؟\u200f Staffing 👩\u200d⚕️?';
    const body = await ask(question);
    expect(body.errors).toBeUndefined();
    expect(body.data!.askInformation.askers.at(-1)!.question).toBe(question);
  });
});
