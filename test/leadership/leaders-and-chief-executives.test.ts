import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { LeadershipTenure } from '../../src/modules/entities';
import type { LeadershipRole } from '../generated/graphql';
import { plusMonths } from '../support/dates';
import { TEST_TODAY } from '../support/today';
import { as, world } from './leadership.helpers';

// Trust.leaders(role, current) and chiefExecutivesInLast12Months ("the distinct people whose
// CHIEF_EXECUTIVE tenure overlaps the last 12 months, ends included, interims counted"), read over
// HTTP as recordLeadershipChange moves them. test/api/leadership-and-plan-facts.test.ts covers the
// window's edges on rows written in SQL; here the rows come from the mutation, and the interim and
// the tenure still open are counted.

const t = world();
const yearAgo = plusMonths(TEST_TODAY, -12);
const ceoCount = async (ods: string) => (await t.leaders(ods)).chiefExecutivesInLast12Months;

async function newChiefExecutive(ods: string, name: string, startedOn: string, token: string, interim = false) {
  const trustId = (await t.trust(ods)).id;
  const { audit } = await t.expectChange(() => t.api.change({ trustId, role: 'CHIEF_EXECUTIVE', name, startedOn, interim }, token));
  return audit;
}

describe('Trust.leaders(role, current)', () => {
  /** In post today: started on or before today, not ended before it. */
  const inPost = (l: LeadershipTenure) => l.startedOn <= TEST_TODAY && (l.endedOn === null || l.endedOn >= TEST_TODAY);
  const newestFirst = (a: LeadershipTenure, b: LeadershipTenure) => b.startedOn.localeCompare(a.startedOn) || a.id.localeCompare(b.id);
  const expected = async (ods: string, role?: LeadershipRole, current?: boolean) =>
    (await t.em().find(LeadershipTenure, { trust: await t.trust(ods) }))
      .filter((l) => (role ? l.role === role : true) && (current === undefined ? true : inPost(l) === current))
      .sort(newestFirst).map((l) => l.id);

  it.each([
    ['RN1', undefined, undefined], ['RN1', 'CHAIR', undefined], ['RN1', 'CHAIR', true], ['RN1', 'CHAIR', false],
    ['RN1', undefined, true], ['RN1', undefined, false], ['RB1', 'CHIEF_EXECUTIVE', true], ['RB1', 'CHIEF_EXECUTIVE', false],
  ] as [string, LeadershipRole | undefined, boolean | undefined][])('%s role %s current %s: exactly the tenures so filtered, newest first', async (ods, role, current) => {
    const ids = await expected(ods, role, current);
    expect(ids.length).toBeGreaterThan(0);
    expect((await t.leaders(ods, { role, current })).leaders.map((l) => l.id)).toEqual(ids);
  });

  it('after a change today, the new holder is current and the previous one (ended yesterday) is not', async () => {
    await newChiefExecutive('RN2', 'Farid Lowell', TEST_TODAY, as.trust('RN2'));
    const current = await t.leaders('RN2', { role: 'CHIEF_EXECUTIVE', current: true });
    const past = await t.leaders('RN2', { role: 'CHIEF_EXECUTIVE', current: false });
    expect(current.leaders.map((l) => [l.name, l.endedOn])).toEqual([['Farid Lowell', null]]);
    expect(past.leaders.map((l) => l.endedOn)).toEqual([addDays(TEST_TODAY, -1)]);
  });
});

describe('chiefExecutivesInLast12Months, moved by recordLeadershipChange', () => {
  it('RB1 (three in 12 months, one an interim) counts 3', async () => {
    expect(await ceoCount('RB1')).toBe(3);
  });

  it('a tenure still open counts, whether it began inside the window (RN6) or long before it (RW4)', async () => {
    expect((await t.tenures('RN6', 'CHIEF_EXECUTIVE')).map((l) => [l.endedOn, l.startedOn > yearAgo])).toEqual([[null, true]]);
    expect((await t.tenures('RW4', 'CHIEF_EXECUTIVE')).map((l) => [l.endedOn, l.startedOn < yearAgo])).toEqual([[null, true]]);
    expect(await ceoCount('RN6')).toBe(1);
    expect(await ceoCount('RW4')).toBe(1);
  });

  it('an interim counts: 1, then 2 with an interim, then 3 with the permanent successor', async () => {
    expect(await ceoCount('RW4')).toBe(1);
    await newChiefExecutive('RW4', 'Interim Ida Marsh', addDays(TEST_TODAY, -60), as.monitor(), true);
    expect(await ceoCount('RW4')).toBe(2);
    await newChiefExecutive('RW4', 'Hugo Penrose', addDays(TEST_TODAY, -5), as.trust('RW4'));
    expect(await ceoCount('RW4')).toBe(3);
  });

  it('the interim made permanent is one person: the count does not move', async () => {
    await newChiefExecutive('RN6', 'Selma Orr', addDays(TEST_TODAY, -40), as.tda(), true);
    expect(await ceoCount('RN6')).toBe(2);
    await newChiefExecutive('RN6', 'Selma Orr', addDays(TEST_TODAY, -10), as.tda());
    expect(await ceoCount('RN6')).toBe(2);
  });

  it(`a predecessor whose tenure the change ends exactly 12 months ago (${yearAgo}) counts`, async () => {
    expect(await ceoCount('RH1')).toBe(1);
    await newChiefExecutive('RH1', 'Nora Pell', addDays(yearAgo, 1), as.trust('RH1'));
    expect((await t.tenures('RH1', 'CHIEF_EXECUTIVE'))[0].endedOn).toBe(yearAgo);
    expect(await ceoCount('RH1')).toBe(2);
  });

  it('a predecessor whose tenure the change ends the day before that does not', async () => {
    expect(await ceoCount('RH5')).toBe(1);
    await newChiefExecutive('RH5', 'Owen Tarrant', yearAgo, as.monitor());
    expect((await t.tenures('RH5', 'CHIEF_EXECUTIVE'))[0].endedOn).toBe(addDays(yearAgo, -1));
    expect(await ceoCount('RH5')).toBe(1);
  });
});
