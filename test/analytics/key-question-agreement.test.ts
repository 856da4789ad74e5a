import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { Trust } from '../../src/modules/entities';
import { insertRows } from '../fixtures/sql-rows';
import { AgreementByKeyQuestionDocument, type AgreementByKeyQuestionQueryVariables } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// keyQuestionAgreement(sector, from, to): over the published inspections the caller may read, per
// key question, how many have an overall rating equal to that key question's, and the percentage
// rounded half up to one decimal. Checked against counts made here, row by row, over 28 inspections
// written straight into the database in 2010 (the demo's start in 2021), and over all of them.

const env = useTestApi();
const KEY_QUESTIONS = ['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'] as const;
const RATING = { O: 'OUTSTANDING', G: 'GOOD', R: 'REQUIRES_IMPROVEMENT', I: 'INADEQUATE' } as const;
type Row = { ods: string; inspectedOn: string; publishedOn: string | null; overall: string; ratings: string[]; sector?: string; system?: string };

// [trust, inspected on, 'overall:safe effective caring responsive well-led'], published 40 days later unless a date or null follows.
const SPEC: [string, string, string, (string | null)?][] = [
  // ACUTE, 16 published: SAFE agrees once, EFFECTIVE 5, CARING 8, RESPONSIVE 3, WELL_LED 11 times.
  ['RN1', '2010-01-12', 'O:RGIIG'], ['RH1', '2010-02-03', 'O:RROGO'], ['RB1', '2010-03-31', 'I:OOGII'], ['RS2', '2010-04-01', 'R:OGOII'],
  ['RN3', '2010-04-20', 'G:IOGOG'], ['RW5', '2010-05-09', 'G:OOIIG'], ['RN1', '2010-05-28', 'I:OIIOI'], ['RH1', '2010-06-15', 'R:RRORR'],
  ['RB1', '2010-07-02', 'G:OIRIG'], ['RS2', '2010-07-30', 'O:GOGGO'], ['RN3', '2010-08-18', 'R:IGRRI'], ['RW5', '2010-09-30', 'R:OIRGR'],
  ['RN1', '2010-10-01', 'G:RRGIR'], ['RH1', '2010-10-25', 'O:IROGI'], ['RB1', '2010-11-14', 'I:OIROI'], ['RN3', '2010-12-06', 'I:GIIRI'],
  // MENTAL_HEALTH, COMMUNITY, AMBULANCE: 3 published each.
  ['RN2', '2010-02-17', 'O:IGGOO'], ['RS4', '2010-06-01', 'O:IOOOG'], ['RH4', '2010-09-12', 'I:OGIII'],
  ['RN4', '2010-03-08', 'R:GOGRG'], ['RH3', '2010-07-21', 'G:OGGOG'], ['RS1', '2010-11-30', 'G:GGGGR'],
  ['RN5', '2010-04-11', 'I:GIGIO'], ['RW3', '2010-08-05', 'R:ROGRI'], ['RB2', '2010-12-20', 'G:IGROR'],
  // Not published (never, or after today): every key question agrees, so counting them would show.
  ['RN1', '2010-06-20', 'G:GGGGG', null], ['RN2', '2010-05-05', 'R:RRRRR', '2026-04-01'], ['RH1', '2010-08-08', 'I:IIIII', null],
];
const inserted: Row[] = SPEC.map(([ods, inspectedOn, rated, published]) => ({
  ods, inspectedOn, publishedOn: published === undefined ? addDays(inspectedOn, 40) : published,
  overall: RATING[rated[0] as keyof typeof RATING], ratings: [...rated.slice(2)].map((c) => RATING[c as keyof typeof RATING]),
}));

/** The figures counted by hand, one row at a time. */
function handCount(rows: Row[], { sector, from, to }: AgreementByKeyQuestionQueryVariables = {}) {
  const counted = rows.filter((r) => r.publishedOn !== null && r.publishedOn <= TEST_TODAY
    && (!sector || r.sector === sector) && (!from || r.inspectedOn >= from) && (!to || r.inspectedOn <= to));
  return KEY_QUESTIONS.map((keyQuestion, q) => {
    let matchingOverall = 0;
    for (const r of counted) if (r.ratings[q] === r.overall) matchingOverall += 1;
    const n = counted.length;
    // Half up in integers: floor((2000 k + n) / 2n) tenths of a percent.
    const percentage = n === 0 ? 0 : Math.floor((2000 * matchingOverall + n) / (2 * n)) / 10;
    return { keyQuestion, inspectionCount: n, matchingOverall, percentage };
  });
}

async function agreement(variables: AgreementByKeyQuestionQueryVariables, token: string | null = null) {
  const { body } = await env.api.request(AgreementByKeyQuestionDocument, variables, token);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.keyQuestionAgreement;
}

const YEAR_2010 = { from: '2010-01-01', to: '2010-12-31' };
const X5N_SYSTEM = 'NMERE';
let everyInspection: Row[];

beforeAll(async () => {
  const em = env.db.orm.em.fork();
  const trusts = new Map((await em.find(Trust, {}, { populate: ['localSystem'] })).map((t) => [t.odsCode, t]));
  for (const row of inserted) Object.assign(row, { sector: trusts.get(row.ods)!.sector, system: trusts.get(row.ods)!.localSystem.code });
  await insertRows(em, 'inspection', inserted.map((r) => ({
    id: randomUUID(), trust_id: trusts.get(r.ods)!.id, inspected_on: r.inspectedOn, published_on: r.publishedOn, overall: r.overall,
    safe: r.ratings[0], effective: r.ratings[1], caring: r.ratings[2], responsive: r.ratings[3], well_led: r.ratings[4], recommendation: 'NONE',
  })));
  const all = await em.getConnection().execute<Record<string, string>[]>(`select t.ods_code, i.inspected_on::text, i.published_on::text, i.overall,
      i.safe, i.effective, i.caring, i.responsive, i.well_led, t.sector, s.code as system
    from inspection i join trust t on t.id = i.trust_id join local_system s on s.id = t.local_system_id`);
  everyInspection = all.map((r) => ({
    ods: r.ods_code, inspectedOn: r.inspected_on, publishedOn: r.published_on, overall: r.overall, sector: r.sector, system: r.system,
    ratings: [r.safe, r.effective, r.caring, r.responsive, r.well_led],
  }));
});

describe('keyQuestionAgreement against a hand count', () => {
  it('the data set: the only inspections of 2010, 25 of them published, every key question with agreements and disagreements', () => {
    expect(everyInspection.filter((r) => r.inspectedOn.startsWith('2010')).length).toBe(28);
    for (const figure of handCount(inserted, YEAR_2010)) {
      expect(figure.inspectionCount).toBe(25);
      expect(figure.matchingOverall, figure.keyQuestion).toBeGreaterThan(0);
      expect(figure.matchingOverall, figure.keyQuestion).toBeLessThan(25);
    }
  });

  it('ACUTE in 2010: 16 inspections, 1, 5, 8, 3 and 11 agreeing: 6.25 → 6.3, 31.25 → 31.3, 18.75 → 18.8, 68.75 → 68.8 (half up)', async () => {
    const figures = await agreement({ sector: 'ACUTE', ...YEAR_2010 });
    expect(figures).toEqual(handCount(inserted, { sector: 'ACUTE', ...YEAR_2010 }));
    expect(figures.map((f) => [f.keyQuestion, f.inspectionCount, f.matchingOverall, f.percentage])).toEqual([
      ['SAFE', 16, 1, 6.3], ['EFFECTIVE', 16, 5, 31.3], ['CARING', 16, 8, 50], ['RESPONSIVE', 16, 3, 18.8], ['WELL_LED', 16, 11, 68.8],
    ]);
  });

  const SECTORS = [undefined, 'ACUTE', 'MENTAL_HEALTH', 'COMMUNITY', 'AMBULANCE'] as const;
  const RANGES = [YEAR_2010, { from: '2010-04-01', to: '2010-09-30' }, { from: '2010-04-01', to: '2010-04-01' }, { from: '2010-10-01' }, { to: '2010-03-31' }];
  it.each(SECTORS.flatMap((sector) => RANGES.map((range) => [sector ?? 'any sector', JSON.stringify(range), { sector, ...range }] as const)))(
    '%s, inspected %s: as counted by hand over every inspection (dates inclusive)', async (_sector, _range, variables) => {
      expect(await agreement(variables)).toEqual(handCount(everyInspection, variables));
    });

  it('the boundaries are inclusive: 2010-04-01 alone is RS2\'s inspection; 2010-03-31 alone is RB1\'s', async () => {
    expect((await agreement({ from: '2010-04-01', to: '2010-04-01' }))[0].inspectionCount).toBe(1);
    expect((await agreement({ from: '2010-03-31', to: '2010-03-31' }))[0].inspectionCount).toBe(1);
    expect((await agreement({ from: '2010-03-31', to: '2010-04-01' }))[0].inspectionCount).toBe(2);
  });

  it('none in range: every count 0 and every percentage 0', async () => {
    expect(await agreement({ sector: 'AMBULANCE', from: '1990-01-01', to: '1990-12-31' }))
      .toEqual(KEY_QUESTIONS.map((keyQuestion) => ({ keyQuestion, inspectionCount: 0, matchingOverall: 0, percentage: 0 })));
  });

  it('from after to is BAD_USER_INPUT', async () => {
    const { body } = await env.api.request(AgreementByKeyQuestionDocument, { from: '2010-06-01', to: '2010-05-31' }, null);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('keyQuestionAgreement counts what the caller may read', () => {
  const system = (rows: Row[]) => rows.filter((r) => r.system === X5N_SYSTEM);

  it('COMMISSIONER X5N: its system\'s published inspections only (9 of the 25 in 2010), with and without filters', async () => {
    const x5n = tokenFor('COMMISSIONER', 'X5N');
    expect(handCount(system(inserted), YEAR_2010)[0].inspectionCount).toBe(9);
    expect(await agreement(YEAR_2010, x5n)).toEqual(handCount(system(inserted), YEAR_2010));
    expect(await agreement({ sector: 'ACUTE', ...YEAR_2010 }, x5n)).toEqual(handCount(system(inserted), { sector: 'ACUTE', ...YEAR_2010 }));
    expect(await agreement({}, x5n)).toEqual(handCount(system(everyInspection)));
    expect(await agreement({}, x5n)).not.toEqual(await agreement({}, null));
  });

  it('PUBLIC: every published inspection of every trust', async () => {
    expect(await agreement({}, null)).toEqual(handCount(everyInspection));
    expect(await agreement({ sector: 'MENTAL_HEALTH' }, null)).toEqual(handCount(everyInspection, { sector: 'MENTAL_HEALTH' }));
  });

  it.each([['REGULATOR', 'CQC'], ['OVERSIGHT', 'MONITOR'], ['TRUST', 'RN1'], ['TRUST', 'RH1'], ['IMPROVEMENT_DIRECTOR', 'ID-001']])(
    '%s %s reads every published inspection (and those not yet published, which are not counted): the public figures', async (role, org) => {
      expect(await agreement(YEAR_2010, tokenFor(role, org))).toEqual(handCount(inserted, YEAR_2010));
      expect(await agreement({}, tokenFor(role, org))).toEqual(handCount(everyInspection));
    });
});
