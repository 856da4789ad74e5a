import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { LeadershipTenure } from '../../src/modules/entities';
import type { RecordLeadershipChangeInput } from '../generated/graphql';
import { daysAgo } from '../support/dates';
import { TEST_TODAY } from '../support/today';
import { as, READERS_WHO_MAY_NOT_CHANGE_RN1, world } from './leadership.helpers';

// recordLeadershipChange and endLeadershipTenure (docs/domain.md#entities-and-rules: "a new holder of a role ends the previous
// tenure on the day before"; TRUST changes its own leaders, OVERSIGHT those of the trusts it
// oversees). Demo data: RN1's chief executive since 2023-06-01 (after two, years ago), its chair since 2025-08-01 after one
// who left on 2025-07-31; RH1's chair in post; RH3, an NHS trust, without a medical director.

const t = world();
let rn1: string;
let rh3: string;
let rn1Ceo: LeadershipTenure;
let rn1FormerCeos: LeadershipTenure[];
let rn1FormerChair: LeadershipTenure;
let rh1Chair: LeadershipTenure;

beforeAll(async () => {
  rn1 = (await t.trust('RN1')).id;
  rh3 = (await t.trust('RH3')).id;
  rn1FormerCeos = await t.tenures('RN1', 'CHIEF_EXECUTIVE');
  rn1Ceo = rn1FormerCeos.pop()!;
  expect(rn1FormerCeos.map((r) => r.endedOn)).toEqual(['2013-09-30', '2023-05-31']);
  [rn1FormerChair] = await t.tenures('RN1', 'CHAIR');
  [rh1Chair] = await t.tenures('RH1', 'CHAIR');
  expect([rn1Ceo.endedOn, rn1FormerChair.endedOn, rh1Chair.endedOn]).toEqual([null, '2025-07-31', null]);
});

const ceoAtRn1 = (overrides: Partial<RecordLeadershipChangeInput> = {}): RecordLeadershipChangeInput =>
  ({ trustId: rn1, role: 'CHIEF_EXECUTIVE', name: 'Dr Imani Calder', startedOn: daysAgo(30), interim: true, ...overrides });

describe('refusals, each with its code, writing nothing', () => {
  it('NOT_FOUND: an unknown trust or tenure; for a commissioner, a trust or tenure outside its system; before BAD_USER_INPUT', async () => {
    await t.expectRefused('NOT_FOUND', () => t.api.change(ceoAtRn1({ trustId: randomUUID() }), as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.change(ceoAtRn1({ trustId: randomUUID(), name: '', startedOn: addDays(TEST_TODAY, 1) }), as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.endTenure(randomUUID(), TEST_TODAY, as.monitor()));
    const rh1 = (await t.trust('RH1')).id;
    await t.expectRefused('NOT_FOUND', () => t.api.change(ceoAtRn1({ trustId: rh1 }), as.commissioner('X5N')));
    await t.expectRefused('NOT_FOUND', () => t.api.endTenure(rh1Chair.id, TEST_TODAY, as.commissioner('X5N')));
  });

  it('BAD_USER_INPUT: a future start or end, an empty or blank name, a name over 200 characters or with a control character', async () => {
    await t.expectRefused('BAD_USER_INPUT', () => t.api.change(ceoAtRn1({ startedOn: addDays(TEST_TODAY, 1) }), as.trust('RN1')), /startedOn/);
    for (const name of ['', '   ', 'x'.repeat(201), 'Dr\u0000Calder']) {
      await t.expectRefused('BAD_USER_INPUT', () => t.api.change(ceoAtRn1({ name }), as.trust('RN1')), /name/);
    }
    await t.expectRefused('BAD_USER_INPUT', () => t.api.endTenure(rn1Ceo.id, addDays(TEST_TODAY, 1), as.trust('RN1')), /endedOn/);
  });

  it('BAD_USER_INPUT comes before FORBIDDEN: another trust, TDA or PUBLIC sending a bad shape for RN1', async () => {
    await t.expectRefused('BAD_USER_INPUT', () => t.api.change(ceoAtRn1({ startedOn: addDays(TEST_TODAY, 1) }), as.trust('RH1')));
    await t.expectRefused('BAD_USER_INPUT', () => t.api.change(ceoAtRn1({ name: ' ' }), as.tda()));
    await t.expectRefused('BAD_USER_INPUT', () => t.api.endTenure(rn1Ceo.id, addDays(TEST_TODAY, 1), null));
  });

  it.each(READERS_WHO_MAY_NOT_CHANGE_RN1)('FORBIDDEN: %s changes none of RN1\'s leaders', async (_who, token) => {
    await t.expectRefused('FORBIDDEN', () => t.api.change(ceoAtRn1(), token()));
    await t.expectRefused('FORBIDDEN', () => t.api.endTenure(rn1Ceo.id, TEST_TODAY, token()));
  });

  it('FORBIDDEN: MONITOR at an NHS trust, a trust at another; before FAILED_PRECONDITION', async () => {
    await t.expectRefused('FORBIDDEN', () => t.api.change({ ...ceoAtRn1(), trustId: rh3 }, as.monitor()));
    await t.expectRefused('FORBIDDEN', () => t.api.endTenure(rh1Chair.id, TEST_TODAY, as.trust('RN1')));
    await t.expectRefused('FORBIDDEN', () => t.api.change(ceoAtRn1({ startedOn: rn1Ceo.startedOn }), as.tda()));
    await t.expectRefused('FORBIDDEN', () => t.api.endTenure(rn1FormerChair.id, TEST_TODAY, as.tda()));
  });

  it("FAILED_PRECONDITION: a change dated on or before the current holder's start, or before a later holder's", async () => {
    const rule = /record changes in order/;
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.change(ceoAtRn1({ startedOn: rn1Ceo.startedOn }), as.trust('RN1')), rule);
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.change(ceoAtRn1({ startedOn: addDays(rn1Ceo.startedOn, -1) }), as.monitor()), rule);
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.change(ceoAtRn1({ role: 'CHAIR', startedOn: '2025-07-15' }), as.monitor()), rule);
  });

  it('FAILED_PRECONDITION: a tenure ending before it started, or already ended', async () => {
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.endTenure(rn1Ceo.id, addDays(rn1Ceo.startedOn, -1), as.trust('RN1')), /before it started/);
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.endTenure(rn1FormerChair.id, TEST_TODAY, as.monitor()), /already ended/);
  });
});

describe('changes, in order', () => {
  it('RN1 names an interim chief executive: the previous tenure ends the day before; two rows, two events', async () => {
    const { data, audit } = await t.expectChange(() => t.api.change(ceoAtRn1(), as.trust('RN1')));
    const made = data.recordLeadershipChange;
    expect(made).toMatchObject({ role: 'CHIEF_EXECUTIVE', name: 'Dr Imani Calder', startedOn: daysAgo(30), endedOn: null, interim: true, trust: { odsCode: 'RN1' } });
    const rows = await t.tenures('RN1', 'CHIEF_EXECUTIVE');
    expect(rows.map((r) => [r.id, r.startedOn, r.endedOn, r.interim])).toEqual([
      ...rn1FormerCeos.map((r) => [r.id, r.startedOn, r.endedOn, r.interim]),
      [rn1Ceo.id, rn1Ceo.startedOn, daysAgo(31), false],
      [made.id, daysAgo(30), null, true],
    ]);
    t.expectAudited(audit, [
      { action: 'recordLeadershipChange', entity: 'LeadershipTenure', entityId: made.id },
      { action: 'recordLeadershipChange', entity: 'LeadershipTenure', entityId: rn1Ceo.id },
    ]);
    expect(audit.find((e) => e.entityId === rn1Ceo.id)!.changes).toEqual({ endedOn: { from: null, to: daysAgo(31) } });
    expect(audit.every((e) => e.role === 'TRUST' && e.organisation === 'RN1')).toBe(true);
  });

  it('MONITOR names a permanent one from today: the interim ends yesterday', async () => {
    const { data, audit } = await t.expectChange(() => t.api.change(ceoAtRn1({ name: 'Ruth Okafor', startedOn: TEST_TODAY, interim: null }), as.monitor()));
    expect(data.recordLeadershipChange).toMatchObject({ startedOn: TEST_TODAY, interim: false });
    const rows = await t.tenures('RN1', 'CHIEF_EXECUTIVE');
    expect(rows.map((r) => [r.name, r.endedOn])).toEqual([...rn1FormerCeos.map((r) => [r.name, r.endedOn]), [rn1Ceo.name, daysAgo(31)], ['Dr Imani Calder', daysAgo(1)], ['Ruth Okafor', null]]);
    expect(audit.map((e) => e.action)).toEqual(['recordLeadershipChange', 'recordLeadershipChange']);
  });

  it("TDA names RH3's first medical director (a name of 200 characters): one row, one event", async () => {
    const name = `Dr ${'A'.repeat(197)}`;
    const { data, audit } = await t.expectChange(() => t.api.change({ trustId: rh3, role: 'MEDICAL_DIRECTOR', name, startedOn: daysAgo(3) }, as.tda()));
    expect(data.recordLeadershipChange).toMatchObject({ name, endedOn: null, interim: false });
    t.expectAudited(audit, [{ action: 'recordLeadershipChange', entity: 'LeadershipTenure', entityId: data.recordLeadershipChange.id }]);
  });

  it('RH1 ends its chair\'s tenure today: still in post today; ending it again is refused', async () => {
    const { data, audit } = await t.expectChange(() => t.api.endTenure(rh1Chair.id, TEST_TODAY, as.trust('RH1')));
    expect(data.endLeadershipTenure).toMatchObject({ id: rh1Chair.id, endedOn: TEST_TODAY });
    t.expectAudited(audit, [{ action: 'endLeadershipTenure', entity: 'LeadershipTenure', entityId: rh1Chair.id }]);
    expect((await t.leaders('RH1', { role: 'CHAIR', current: true })).leaders.map((l) => l.id)).toEqual([rh1Chair.id]);
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.endTenure(rh1Chair.id, TEST_TODAY, as.trust('RH1')), /already ended/);
  });

  it('a tenure may end on the day it started (OVERSIGHT, for a trust it oversees)', async () => {
    const [medical] = await t.tenures('RH3', 'MEDICAL_DIRECTOR');
    const { audit } = await t.expectChange(() => t.api.endTenure(medical.id, medical.startedOn, as.tda()));
    expect(audit).toHaveLength(1);
    expect((await t.tenures('RH3', 'MEDICAL_DIRECTOR'))[0].endedOn).toBe(medical.startedOn);
  });
});
