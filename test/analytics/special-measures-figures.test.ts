import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Trust } from '../../src/modules/entities';
import { insertRows } from '../fixtures/sql-rows';
import { SpecialMeasuresFiguresDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { plusMonths } from '../support/dates';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// The regulators' cross-trust figures, against hand computations over the episode rows:
// specialMeasuresStatus (whole months since placement; days until re-inspection is due, negative
// when overdue; most overdue first), specialMeasuresByYear (entering and leaving per calendar year)
// and medianMonthsToExit. Each counts only the episodes the caller may read: a commissioner, its
// system's. The demo's episodes, plus some written straight into the database for the edges.

const env = useTestApi();
const X5N_SYSTEM = 'NMERE';
type Episode = { id: string; ods: string; name: string; trustId: string; system: string; placedOn: string; extensions: number; exitedOn: string | null };

// [trust, placed on, extensions, exited on]
const ADDED: [string, string, number, string | null][] = [
  ['RN2', '2024-08-31', 1, null], // due 2026-02-28 (18 months from the 31st, clamped): 18 days overdue
  ['RW6', '2025-01-31', 0, null], // due 2026-01-31: 46 days overdue; 13 whole months
  ['RW4', '2025-03-18', 0, null], // due today: 0 days; exactly 12 months
  ['RN4', TEST_TODAY, 0, null], // placed today: 0 months, due in 365 days
  ['RN5', '2019-01-31', 0, '2019-12-30'], // 10 whole months (the 30th is before the 31st)
  ['RW3', '2017-02-28', 0, '2018-02-27'], // 11 whole months
  ['RH3', '2016-01-31', 0, '2016-09-29'], // 7 whole months (September has no 31st, and the 29th is before the 30th); an even count of exits
];

/** Whole months from `from` to `to`: the most months that can be added to `from` (clamped to a month's end, as for re-inspection) without passing `to`. */
function wholeMonths(from: string, to: string): number {
  let months = 0;
  while (plusMonths(from, months + 1) <= to) months += 1;
  return months;
}
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

function statusByHand(episodes: Episode[]) {
  return episodes.filter((e) => e.exitedOn === null)
    .map((e) => {
      const due = plusMonths(e.placedOn, 12 + 6 * e.extensions);
      return { ods: e.ods, name: e.name, trustId: e.trustId, episodeId: e.id, due, months: wholeMonths(e.placedOn, TEST_TODAY), days: daysBetween(TEST_TODAY, due) };
    })
    .sort((a, b) => a.days - b.days || a.name.localeCompare(b.name) || a.trustId.localeCompare(b.trustId))
    .map(({ ods, episodeId, due, months, days }) => ({ ods, episodeId, due, months, days }));
}

function byYearByHand(episodes: Episode[]) {
  const years = new Map<number, { year: number; entered: number; exited: number }>();
  const year = (y: number) => years.get(y) ?? years.set(y, { year: y, entered: 0, exited: 0 }).get(y)!;
  for (const e of episodes) {
    year(Number(e.placedOn.slice(0, 4))).entered += 1;
    if (e.exitedOn) year(Number(e.exitedOn.slice(0, 4))).exited += 1;
  }
  // Every year from the first to the last: a quiet year in between is a row of zeros.
  const all = [...years.keys()];
  for (let y = Math.min(...all); y <= Math.max(...all); y++) year(y);
  return [...years.values()].sort((a, b) => a.year - b.year);
}

function medianByHand(episodes: Episode[]): number | null {
  const months = episodes.filter((e) => e.exitedOn).map((e) => wholeMonths(e.placedOn, e.exitedOn!)).sort((a, b) => a - b);
  if (months.length === 0) return null;
  const middle = Math.floor(months.length / 2);
  return months.length % 2 ? months[middle] : (months[middle - 1] + months[middle]) / 2;
}

async function figures(token: string | null) {
  const { body } = await env.api.request(SpecialMeasuresFiguresDocument, undefined, token);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const data = body.data!;
  return {
    status: data.specialMeasuresStatus.map((s) => ({
      ods: s.trust.odsCode, episodeId: s.episode.id, due: s.episode.reinspectionDueOn, months: s.monthsInSpecialMeasures, days: s.daysUntilReinspectionDue,
    })),
    byYear: data.specialMeasuresByYear,
    median: data.medianMonthsToExit ?? null,
  };
}

let every: Episode[];
const inSystem = () => every.filter((e) => e.system === X5N_SYSTEM);

beforeAll(async () => {
  const em = env.db.orm.em.fork();
  const trusts = new Map((await em.find(Trust, {})).map((t) => [t.odsCode, t]));
  await insertRows(em, 'special_measures_episode', ADDED.map(([ods, placedOn, extensions, exitedOn]) => ({
    id: randomUUID(), trust_id: trusts.get(ods)!.id, placed_on: placedOn, reason: 'Written by the test', extensions, exited_on: exitedOn,
    exit_type: exitedOn ? 'EXITED' : null,
  })));
  const rows = await em.getConnection().execute<Record<string, string | number | null>[]>(`select e.id, t.ods_code, t.name, t.id as trust_id, s.code as system,
      e.placed_on::text, e.extensions, e.exited_on::text
    from special_measures_episode e join trust t on t.id = e.trust_id join local_system s on s.id = t.local_system_id`);
  every = rows.map((r) => ({
    id: r.id as string, ods: r.ods_code as string, name: r.name as string, trustId: r.trust_id as string, system: r.system as string,
    placedOn: r.placed_on as string, extensions: r.extensions as number, exitedOn: r.exited_on as string | null,
  }));
});

describe('the figures over every episode (PUBLIC, no token)', () => {
  it('specialMeasuresStatus: the active episodes, most overdue first, months and days as computed by hand', async () => {
    const { status } = await figures(null);
    expect(status).toEqual(statusByHand(every));
    const byTrust = new Map(status.map((s) => [s.ods, s]));
    expect(byTrust.get('RW6')).toMatchObject({ months: 13, days: -46, due: '2026-01-31' });
    expect(byTrust.get('RN2')).toMatchObject({ months: 18, days: -18, due: '2026-02-28' });
    expect(byTrust.get('RW4')).toMatchObject({ months: 12, days: 0 });
    expect(byTrust.get('RN4')).toMatchObject({ months: 0, days: 365 });
    expect(status[0].days).toBeLessThan(0);
    expect(status.at(-1)!.ods).toBe('RN4');
    expect(status.map((s) => s.ods)).not.toContain('RN5');
  });

  it('specialMeasuresByYear: entering and leaving per calendar year, as counted by hand', async () => {
    const { byYear } = await figures(null);
    expect(byYear).toEqual(byYearByHand(every));
    expect(byYear.find((y) => y.year === 2013)).toEqual({ year: 2013, entered: 11, exited: 4 }); // the demo's cohort
    expect(byYear.find((y) => y.year === 2019)).toEqual({ year: 2019, entered: 1, exited: 3 });
    expect(byYear.find((y) => y.year === 2020)).toEqual({ year: 2020, entered: 0, exited: 0 }); // a quiet year is there too
    expect(byYear.find((y) => y.year === 2026)).toEqual({ year: 2026, entered: 2, exited: 0 });
  });

  it('medianMonthsToExit: the median of whole months from placement to exit, halfway between the two middle ones', async () => {
    const { median } = await figures(null);
    expect(median).toBe(medianByHand(every));
    expect(every.filter((e) => e.exitedOn).length % 2).toBe(0);
    expect(median).toBe(18); // 22 exits: 7, 8, 8, 9, 9, 10, 10, 11, 11, 13, 17 | 19, 19, 20, 21, 23, 24, 24, 25, 29, 33, 36
  });

  it.each([['REGULATOR', 'CQC'], ['OVERSIGHT', 'TDA'], ['TRUST', 'RN1'], ['IMPROVEMENT_DIRECTOR', 'ID-006']])(
    '%s %s reads every episode, as the public does', async (role, org) => {
      expect(await figures(tokenFor(role, org))).toEqual(await figures(null));
    });
});

describe('COMMISSIONER X5N: only its system\'s episodes', () => {
  it('its trusts in special measures, and no other', async () => {
    const { status } = await figures(tokenFor('COMMISSIONER', 'X5N'));
    expect(status).toEqual(statusByHand(inSystem()));
    expect(status.map((s) => s.ods).sort()).toEqual(['RN1', 'RN2', 'RN3', 'RN4']);
  });

  it('entering and leaving per year, and the median, over its system\'s episodes', async () => {
    const { byYear, median } = await figures(tokenFor('COMMISSIONER', 'X5N'));
    expect(byYear).toEqual(byYearByHand(inSystem()));
    expect(median).toBe(medianByHand(inSystem()));
    expect(median).toBe(21); // RN5's 10 months, RN3's 19, RN4's 23 (the 23rd is before the 24th) and RN1's 33
    expect(byYear).not.toEqual(byYearByHand(every));
  });
});
