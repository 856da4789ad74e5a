import { beforeAll, describe, expect, it } from 'vitest';
import { Inspection, SpecialMeasuresEpisode, Trust } from '../../src/modules/entities';
import { PublishInspectionDocument, RecordInspectionDocument, TrustFactsDocument, type Rating, type RecordInspectionInput } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { daysAgo } from '../support/dates';
import { useTestApi } from '../support/test-api';

// The derived facts that follow the latest published inspection, on inspections recorded and
// published through the API: meetsSpecialMeasuresCriteria ("INADEQUATE in at least two key
// questions, one of them WELL_LED") and the choice of that inspection ("the latest published
// inspection by inspectedOn"), whatever the order of publication.

const env = useTestApi();
const REGULATOR = () => tokenFor('REGULATOR', 'CQC');
const KEY_QUESTIONS = ['safe', 'effective', 'caring', 'responsive', 'wellLed'] as const;
type KeyQuestion = (typeof KEY_QUESTIONS)[number];

/** Trusts never in special measures whose inspections are all older than 60 days, in code order. */
let quietTrusts: Trust[];
beforeAll(async () => {
  const em = env.db.orm.em.fork();
  const withEpisodes = new Set((await em.find(SpecialMeasuresEpisode, {})).map((e) => e.trust.id));
  const recent = new Set((await em.find(Inspection, { inspectedOn: { $gte: daysAgo(60) } })).map((i) => i.trust.id));
  quietTrusts = (await em.find(Trust, {}, { orderBy: { odsCode: 'asc' } })).filter((t) => !withEpisodes.has(t.id) && !recent.has(t.id));
  expect(quietTrusts.length).toBeGreaterThanOrEqual(2);
});

async function record(trust: Trust, input: Partial<RecordInspectionInput>): Promise<string> {
  const good = Object.fromEntries(KEY_QUESTIONS.map((q) => [q, 'GOOD'])) as Record<KeyQuestion, Rating>;
  const full = { trustId: trust.id, inspectedOn: daysAgo(30), publishedOn: null, overall: 'GOOD', recommendation: 'NONE', ...good, ...input } as const;
  const { body } = await env.api.request(RecordInspectionDocument, { input: full }, REGULATOR());
  expect(body.errors).toBeUndefined();
  return body.data!.recordInspection.id;
}

async function factsOf(trust: Trust) {
  const { body } = await env.api.request(TrustFactsDocument, { odsCode: trust.odsCode }, null);
  expect(body.errors).toBeUndefined();
  return body.data!.trust!;
}

describe('meetsSpecialMeasuresCriteria: INADEQUATE in two key questions or more, one of them WELL_LED', () => {
  // In this order, one inspection after another, so that each case changes the answer.
  const cases: [KeyQuestion[], boolean][] = [
    [['safe', 'effective'], false],
    [['wellLed', 'safe'], true],
    [['wellLed'], false],
    [['wellLed', 'effective'], true],
    [['safe', 'effective', 'caring', 'responsive'], false],
    [['wellLed', 'caring'], true],
    [['caring'], false],
    [['wellLed', 'responsive'], true],
  ];

  it.each(cases.map(([inadequate, meets], index) => [inadequate.join(' + '), meets, index, inadequate] as const))(
    'INADEQUATE in %s: %s',
    async (_name, meets, index, inadequate) => {
      const trust = quietTrusts[0];
      const inspectedOn = daysAgo(50 - 5 * index);
      const overall: Rating = inadequate.length > 1 ? 'INADEQUATE' : 'REQUIRES_IMPROVEMENT';
      const ratings = Object.fromEntries(inadequate.map((q) => [q, 'INADEQUATE']));
      await record(trust, { ...ratings, overall, inspectedOn, publishedOn: daysAgo(50 - 5 * index - 1) });
      const facts = await factsOf(trust);
      expect(facts.currentRating, 'the new inspection is the latest published').toBe(overall);
      expect(facts.meetsSpecialMeasuresCriteria).toBe(meets);
    },
  );
});

describe('the latest published inspection is the latest inspected, not the latest published', () => {
  it('an older inspection published later changes neither currentRating nor meetsSpecialMeasuresCriteria', async () => {
    const trust = quietTrusts[1];
    const older = await record(trust, { inspectedOn: daysAgo(20), overall: 'INADEQUATE', safe: 'INADEQUATE', wellLed: 'INADEQUATE' });
    await record(trust, { inspectedOn: daysAgo(10), publishedOn: daysAgo(8), overall: 'OUTSTANDING' });
    expect(await factsOf(trust)).toMatchObject({ currentRating: 'OUTSTANDING', meetsSpecialMeasuresCriteria: false });

    const { body } = await env.api.request(PublishInspectionDocument, { id: older, publishedOn: daysAgo(2) }, REGULATOR());
    expect(body.errors).toBeUndefined();
    expect(body.data!.publishInspection.publishedOn).toBe(daysAgo(2));
    expect(await factsOf(trust)).toMatchObject({ currentRating: 'OUTSTANDING', meetsSpecialMeasuresCriteria: false });
  });

  it('an inspection inspected later and published later does take over', async () => {
    const trust = quietTrusts[1];
    await record(trust, { inspectedOn: daysAgo(5), publishedOn: daysAgo(1), overall: 'INADEQUATE', responsive: 'INADEQUATE', wellLed: 'INADEQUATE' });
    expect(await factsOf(trust)).toMatchObject({ currentRating: 'INADEQUATE', meetsSpecialMeasuresCriteria: true });
  });
});
