import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../../src/clock';
import { InspectionRecommendation, Rating } from '../../src/common/enums';
import { Inspection, SpecialMeasuresEpisode, Trust } from '../../src/modules/entities';
import { tokenFor } from '../support/api';
import { daysAgo } from '../support/dates';
import { TEST_TODAY } from '../support/today';

/** One successful use of a mutation, for the walk over every field of the served Mutation type. */
export interface MutationSample {
  /** A caller allowed to make the change. */
  token(): string;
  /** Makes the rows the change needs, and returns the variables of a change that succeeds. */
  prepare(em: EntityManager): Promise<Record<string, unknown>>;
  /** How PUBLIC is refused: FORBIDDEN where it may read the row, NOT_FOUND where it may not. */
  asPublic: 'FORBIDDEN' | 'NOT_FOUND';
}

const { GOOD } = Rating;
const RATINGS = { overall: GOOD, safe: GOOD, effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD };

const trustByOds = (em: EntityManager, odsCode: string) => em.findOneOrFail(Trust, { odsCode });

/** An NHS trust never placed in special measures, by ODS code. */
async function nhsTrustNeverInSpecialMeasures(em: EntityManager): Promise<Trust> {
  const placed = new Set((await em.find(SpecialMeasuresEpisode, {})).map((e) => e.trust.id));
  return (await em.find(Trust, { type: 'NHS_TRUST' as never }, { orderBy: { odsCode: 'asc' } })).find((t) => !placed.has(t.id))!;
}

async function inspectionOf(em: EntityManager, trust: Trust, fields: Partial<Inspection>): Promise<Inspection> {
  const inspection = em.create(Inspection, { trust, inspectedOn: daysAgo(6), ...RATINGS, recommendation: InspectionRecommendation.NONE, ...fields });
  await em.flush();
  return inspection;
}

export const mutationSamples: Record<string, MutationSample> = {
  recordInspection: {
    token: () => tokenFor('REGULATOR', 'CQC'),
    asPublic: 'FORBIDDEN',
    prepare: async (em) => ({
      input: { trustId: (await trustByOds(em, 'RH1')).id, inspectedOn: daysAgo(5), ...RATINGS, recommendation: 'NONE' },
    }),
  },
  publishInspection: {
    token: () => tokenFor('REGULATOR', 'CQC'),
    asPublic: 'NOT_FOUND',
    prepare: async (em) => ({ id: (await inspectionOf(em, await trustByOds(em, 'RH1'), {})).id, publishedOn: TEST_TODAY }),
  },
  placeInSpecialMeasures: {
    token: () => tokenFor('OVERSIGHT', 'TDA'),
    asPublic: 'FORBIDDEN',
    prepare: async (em) => ({ input: { trustId: (await nhsTrustNeverInSpecialMeasures(em)).id, placedOn: daysAgo(1), reason: 'Walked' } }),
  },
  extendSpecialMeasures: {
    token: () => tokenFor('OVERSIGHT', 'MONITOR'),
    asPublic: 'FORBIDDEN',
    prepare: async (em) => ({ episodeId: (await em.findOneOrFail(SpecialMeasuresEpisode, { trust: await trustByOds(em, 'RN1'), exitedOn: null })).id }),
  },
  exitSpecialMeasures: {
    token: () => tokenFor('OVERSIGHT', 'MONITOR'),
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const rn1 = await trustByOds(em, 'RN1'); // with an open director appointment and its autonomy suspended
      const episode = await em.findOneOrFail(SpecialMeasuresEpisode, { trust: rn1, exitedOn: null });
      const exit = await inspectionOf(em, rn1, { inspectedOn: daysAgo(3), publishedOn: daysAgo(2), recommendation: InspectionRecommendation.EXIT_SPECIAL_MEASURES });
      return { input: { episodeId: episode.id, exitedOn: addDays(TEST_TODAY, -1), exitInspectionId: exit.id, exitType: 'EXITED' } };
    },
  },
};
