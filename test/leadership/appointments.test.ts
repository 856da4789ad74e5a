import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { DirectorAppointment } from '../../src/modules/entities';
import { daysAgo } from '../support/dates';
import { TEST_TODAY } from '../support/today';
import { as, READERS_WHO_MAY_NOT_CHANGE_RN1, world } from './leadership.helpers';

// appointImprovementDirector and endDirectorAppointment (docs/domain.md#entities-and-rules: "accountableTo equals the
// oversight body of every trust the director is appointed to"; "at most one open appointment per
// trust and per director; ends after it starts"). Demo data: ID-001 (MONITOR) open at RN1, ID-002
// (TDA) at RH2 after ID-010 (ended); ID-006 (MONITOR), ID-009 and ID-010 (TDA) between appointments;
// RN2, RN5, RB6 foundation trusts and RB3, RS5 NHS trusts without a director; RW1's ended 2024-03-17.

const t = world();
const ids = {} as Record<'RN1' | 'RN2' | 'RN5' | 'RB6' | 'RB3' | 'RS5' | 'RW1' | 'RH1' | 'ID-001' | 'ID-002' | 'ID-006' | 'ID-009' | 'ID-010', string>;
let rn1Open: DirectorAppointment;
let rh2Ended: DirectorAppointment;

beforeAll(async () => {
  for (const ods of ['RN1', 'RN2', 'RN5', 'RB6', 'RB3', 'RS5', 'RW1', 'RH1'] as const) ids[ods] = (await t.trust(ods)).id;
  for (const code of ['ID-001', 'ID-002', 'ID-006', 'ID-009', 'ID-010'] as const) ids[code] = (await t.director(code)).id;
  rn1Open = await t.openAppointment('RN1');
  rh2Ended = await t.em().findOneOrFail(DirectorAppointment, { trust: await t.trust('RH2'), endsOn: { $ne: null } });
});

const appoint = (director: keyof typeof ids, trust: keyof typeof ids, startsOn = daysAgo(5)) => ({ directorId: ids[director], trustId: ids[trust], startsOn });

describe('refusals, each with its code, writing nothing', () => {
  it('NOT_FOUND: an unknown director, trust or appointment; for a commissioner, a trust or appointment outside its system', async () => {
    await t.expectRefused('NOT_FOUND', () => t.api.appoint({ ...appoint('ID-006', 'RN2'), directorId: randomUUID() }, as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.appoint({ ...appoint('ID-006', 'RN2'), trustId: randomUUID() }, as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.appoint({ ...appoint('ID-006', 'RN2'), trustId: 'not-an-id' }, as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.endAppointment(randomUUID(), TEST_TODAY, as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.appoint(appoint('ID-006', 'RH1'), as.commissioner('X5N')));
    await t.expectRefused('NOT_FOUND', () => t.api.endAppointment(rh2Ended.id, TEST_TODAY, as.commissioner('X5N')));
  });

  it('FORBIDDEN: TDA at a foundation trust, MONITOR at an NHS trust', async () => {
    await t.expectRefused('FORBIDDEN', () => t.api.appoint(appoint('ID-006', 'RN2'), as.tda()));
    await t.expectRefused('FORBIDDEN', () => t.api.appoint(appoint('ID-009', 'RB3'), as.monitor()));
    await t.expectRefused('FORBIDDEN', () => t.api.endAppointment(rn1Open.id, TEST_TODAY, as.tda()));
  });

  it.each(READERS_WHO_MAY_NOT_CHANGE_RN1)('FORBIDDEN: %s appoints or ends no director at RN1', async (_who, token) => {
    await t.expectRefused('FORBIDDEN', () => t.api.appoint(appoint('ID-006', 'RN2'), token()));
    await t.expectRefused('FORBIDDEN', () => t.api.endAppointment(rn1Open.id, TEST_TODAY, token()));
  });

  it('FORBIDDEN comes before the rules: TDA appointing a TDA director at a foundation trust, or at RN1 which has one', async () => {
    await t.expectRefused('FORBIDDEN', () => t.api.appoint(appoint('ID-009', 'RN2'), as.tda()));
    await t.expectRefused('FORBIDDEN', () => t.api.appoint(appoint('ID-009', 'RN1'), as.tda()));
  });

  it("FAILED_PRECONDITION: a director accountable to another body than the trust's", async () => {
    const rule = /accountable to .*a director answers to the trust's oversight body/;
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.appoint(appoint('ID-009', 'RN2'), as.monitor()), rule);
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.appoint(appoint('ID-006', 'RS5'), as.tda()), rule);
    // before CONFLICT: ID-002 is busy at RH2, RN1 has ID-001
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.appoint(appoint('ID-002', 'RN1'), as.monitor()), rule);
  });

  it('FAILED_PRECONDITION: an end on or before the start, or of an appointment already ended', async () => {
    const rule = /ends after it starts/;
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.endAppointment(rn1Open.id, rn1Open.startsOn, as.monitor()), rule);
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.endAppointment(rn1Open.id, addDays(rn1Open.startsOn, -1), as.monitor()), rule);
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.endAppointment(rh2Ended.id, TEST_TODAY, as.tda()), /already ended/);
  });

  it('CONFLICT: a second open appointment of a trust, of a director, or one overlapping an ended appointment', async () => {
    await t.expectRefused('CONFLICT', () => t.api.appoint(appoint('ID-006', 'RN1'), as.monitor()), /one at a time/);
    await t.expectRefused('CONFLICT', () => t.api.appoint(appoint('ID-001', 'RN5'), as.monitor()), /one at a time/);
    await t.expectRefused('CONFLICT', () => t.api.appoint(appoint('ID-009', 'RW1', '2024-03-16'), as.tda()));
  });

  it('BAD_USER_INPUT: a date that is not a calendar date', async () => {
    await t.expectRefused('BAD_USER_INPUT', () => t.api.appoint(appoint('ID-006', 'RN2', '2026-02-30'), as.monitor()));
  });
});

describe('appointing and ending, in order', () => {
  it('MONITOR appoints a MONITOR director at a foundation trust: one row, one audit event', async () => {
    const { data, audit } = await t.expectChange(() => t.api.appoint(appoint('ID-006', 'RN2'), as.monitor()));
    const made = data.appointImprovementDirector;
    expect(made).toMatchObject({ startsOn: daysAgo(5), endsOn: null, director: { code: 'ID-006', accountableTo: 'MONITOR' }, trust: { odsCode: 'RN2' } });
    expect(await t.em().findOneOrFail(DirectorAppointment, made.id)).toMatchObject({ startsOn: daysAgo(5), endsOn: null });
    t.expectAudited(audit, [{ action: 'appointImprovementDirector', entity: 'DirectorAppointment', entityId: made.id }]);
    expect(audit[0]).toMatchObject({ role: 'OVERSIGHT', organisation: 'MONITOR' });
  });

  it('MONITOR ends it; ending it again is refused', async () => {
    const open = await t.openAppointment('RN2');
    const { data, audit } = await t.expectChange(() => t.api.endAppointment(open.id, TEST_TODAY, as.monitor()));
    expect(data.endDirectorAppointment).toMatchObject({ id: open.id, endsOn: TEST_TODAY });
    expect((await t.em().findOneOrFail(DirectorAppointment, open.id)).endsOn).toBe(TEST_TODAY);
    t.expectAudited(audit, [{ action: 'endDirectorAppointment', entity: 'DirectorAppointment', entityId: open.id }]);
    expect(audit[0].changes).toMatchObject({ endsOn: { from: null, to: TEST_TODAY } });
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.endAppointment(open.id, TEST_TODAY, as.monitor()), /already ended/);
  });

  it('TDA appoints at an NHS trust from the day its previous appointment ended', async () => {
    const { data, audit } = await t.expectChange(() => t.api.appoint(appoint('ID-009', 'RW1', '2024-03-17'), as.tda()));
    expect(data.appointImprovementDirector).toMatchObject({ startsOn: '2024-03-17', director: { code: 'ID-009', accountableTo: 'TDA' }, trust: { odsCode: 'RW1' } });
    t.expectAudited(audit, [{ action: 'appointImprovementDirector', entity: 'DirectorAppointment', entityId: data.appointImprovementDirector.id }]);
  });

  it("TDA ends ID-002's appointment at RH2: one event", async () => {
    const open = await t.openAppointment('RH2');
    const { audit } = await t.expectChange(() => t.api.endAppointment(open.id, daysAgo(1), as.tda()));
    t.expectAudited(audit, [{ action: 'endDirectorAppointment', entity: 'DirectorAppointment', entityId: open.id }]);
  });
});

// The trust's race is decided by the lock on the trust row and the rule, the director's (two trusts,
// no common lock) by the partial unique index: both must answer CONFLICT, never an internal error.
describe('two appointments fired in parallel: exactly one wins, the other is CONFLICT', () => {
  async function race(inputs: ReturnType<typeof appoint>[], token: string) {
    const auditBefore = (await t.fingerprint()).audit;
    const responses = await Promise.all(inputs.map((input) => t.api.appoint(input, token)));
    const codes = responses.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes, JSON.stringify(responses.map((r) => r.body))).toEqual(['CONFLICT', 'OK']);
    expect(Number((await t.fingerprint()).audit)).toBe(Number(auditBefore) + 1);
  }

  it('two directors for one trust (ID-002 and ID-010 at RB3)', async () => {
    await race([appoint('ID-002', 'RB3', TEST_TODAY), appoint('ID-010', 'RB3', TEST_TODAY)], as.tda());
    expect(await t.em().count(DirectorAppointment, { trust: ids.RB3, endsOn: null })).toBe(1);
  });

  it('one director for two trusts (ID-006 at RN5 and RB6)', async () => {
    await race([appoint('ID-006', 'RN5', TEST_TODAY), appoint('ID-006', 'RB6', TEST_TODAY)], as.monitor());
    expect(await t.em().count(DirectorAppointment, { director: ids['ID-006'], endsOn: null })).toBe(1);
  });
});
