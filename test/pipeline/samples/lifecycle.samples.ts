import { addDays } from '../../../src/clock';
import { InspectionRecommendation, TrustType } from '../../../src/common/enums';
import { SpecialMeasuresEpisode, Trust } from '../../../src/modules/entities';
import { tokenFor } from '../../support/api';
import { daysAgo } from '../../support/dates';
import { TEST_TODAY } from '../../support/today';
import { inspectionOf, RATINGS, trustByOds, type MutationSample } from './sample';

const REGULATOR = () => tokenFor('REGULATOR', 'CQC');

export const lifecycleSamples: Record<string, MutationSample> = {
  recordInspection: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => ({
      variables: { input: { trustId: (await trustByOds(em, 'RH1')).id, inspectedOn: daysAgo(5), ...RATINGS, recommendation: 'NONE' } },
      token: REGULATOR(),
    }),
  },
  publishInspection: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => ({ variables: { id: (await inspectionOf(em, await trustByOds(em, 'RH1'), {})).id, publishedOn: TEST_TODAY }, token: REGULATOR() }),
  },
  placeInSpecialMeasures: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const placed = new Set((await em.find(SpecialMeasuresEpisode, {})).map((e) => e.trust.id));
      const trust = (await em.find(Trust, { type: TrustType.NHS_TRUST }, { orderBy: { odsCode: 'asc' } })).find((t) => !placed.has(t.id))!;
      return { variables: { input: { trustId: trust.id, placedOn: daysAgo(1), reason: 'Walked' } }, token: tokenFor('OVERSIGHT', 'TDA') };
    },
  },
  extendSpecialMeasures: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const episode = await em.findOneOrFail(SpecialMeasuresEpisode, { trust: await trustByOds(em, 'RN1'), exitedOn: null });
      return { variables: { episodeId: episode.id }, token: tokenFor('OVERSIGHT', 'MONITOR') };
    },
  },
  exitSpecialMeasures: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const rn1 = await trustByOds(em, 'RN1'); // with an open director appointment and its autonomy suspended
      const episode = await em.findOneOrFail(SpecialMeasuresEpisode, { trust: rn1, exitedOn: null });
      const exit = await inspectionOf(em, rn1, { inspectedOn: daysAgo(3), publishedOn: daysAgo(2), recommendation: InspectionRecommendation.EXIT_SPECIAL_MEASURES });
      const input = { episodeId: episode.id, exitedOn: addDays(TEST_TODAY, -1), exitInspectionId: exit.id, exitType: 'EXITED' };
      return { variables: { input }, token: tokenFor('OVERSIGHT', 'MONITOR') };
    },
  },
};
