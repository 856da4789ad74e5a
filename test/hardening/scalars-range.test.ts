import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Trust } from '../../src/modules/entities';
import { tokenFor } from '../support/api';
import { fingerprintTables } from '../support/refusal';
import { useTestApi } from '../support/test-api';

// A Date or DateTime outside 1900-01-01..2100-12-31 is a mistake the client can fix: BAD_USER_INPUT
// (HTTP 400) naming the argument or field, written in the query or sent in a variable; nothing is
// written and nothing is logged as an error (such dates once answered INTERNAL_SERVER_ERROR and logged the SQL).

// Spied before the server starts, so that Apollo's logger writes through the spy too.
const errorLog = vi.spyOn(console, 'error');
const env = useTestApi();
const regulator = () => tokenFor('REGULATOR', 'CQC');
let trustId: string;

beforeAll(async () => {
  trustId = (await env.db.orm.em.fork().findOneOrFail(Trust, { odsCode: 'RH1' })).id;
});
beforeEach(() => errorLog.mockClear());
afterEach(() => expect(errorLog).not.toHaveBeenCalled());

async function send(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${env.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${regulator()}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
}

const episodes = () => fingerprintTables(env.db.orm, ['special_measures_episode', 'audit_event']);
const PLACE = 'mutation($input: PlaceInSpecialMeasuresInput!) { placeInSpecialMeasures(input: $input) { id } }';
const placeOn = (placedOn: string) => `mutation { placeInSpecialMeasures(input: { trustId: "${trustId}", placedOn: "${placedOn}", reason: "r" }) { id } }`;

async function expectRefused(answer: ReturnType<typeof send>, message: RegExp) {
  const { status, body } = await answer;
  expect(status).toBe(400);
  expect(body.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  expect(body.errors![0].message).toMatch(message);
  expect(body.data ?? null).toBeNull();
}

describe('a Date out of range', () => {
  it.each(['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31'])('%s, in a variable or in the query, names the field and writes nothing', async (date) => {
    const before = await episodes();
    const range = new RegExp(`Date must be between 1900-01-01 and 2100-12-31, got "${date}"`);
    await expectRefused(send(PLACE, { input: { trustId, placedOn: date, reason: 'r' } }), range);
    await expectRefused(send(PLACE, { input: { trustId, placedOn: date, reason: 'r' } }), /Variable "\$input" got invalid value .* at "input.placedOn"/);
    await expectRefused(send(placeOn(date)), range);
    await expectRefused(send(placeOn(date)), /\(at "input.placedOn"\)$/);
    expect(await episodes()).toEqual(before);
  });

  it('an argument written in the query is named as such', async () => {
    await expectRefused(send('{ keyQuestionAgreement(from: "0000-01-01") { percentage } }'), /\(at "from"\)$/);
  });

  it('the first and last days of the range are accepted', async () => {
    const { body } = await send('query($to: Date) { keyQuestionAgreement(from: "1900-01-01", to: $to) { percentage } }', { to: '2100-12-31' });
    expect(body.errors).toBeUndefined();
  });
});

describe('a DateTime out of range', () => {
  const since = (value: string) => `{ auditEvents(filter: { since: "${value}" }) { totalCount } }`;

  it.each(['0000-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '2101-01-01T00:00:00Z'])('%s names the field, in the query or in a variable', async (value) => {
    await expectRefused(send(since(value)), /DateTime must be between 1900-01-01 and 2100-12-31 \(UTC\).*\(at "filter.since"\)$/);
    const inVariable = 'query($f: AuditFilter) { auditEvents(filter: $f) { totalCount } }';
    await expectRefused(send(inVariable, { f: { since: value } }), /at "f.since"; DateTime must be between/);
  });

  it('the first and last instants of the range are accepted', async () => {
    for (const value of ['1900-01-01T00:00:00Z', '2100-12-31T23:59:59Z']) expect((await send(since(value))).body.errors).toBeUndefined();
  });
});
