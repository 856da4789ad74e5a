import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { Trust } from '../../src/modules/entities';
import { AskInformationDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// Free text, as every mutation checks it (src/common/validate.ts), shown on askInformation's
// question (1 to 2,000 characters): what PostgreSQL could not store, or a person would not call
// text, is BAD_USER_INPUT naming the field; length counts characters, not UTF-16 units.

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
