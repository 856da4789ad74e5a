import type { EntityManager } from '@mikro-orm/postgresql';
import { LeadershipRole, OversightBody, TrustType } from '../../../src/common/enums';
import { DirectorAppointment, ImprovementDirector, LeadershipTenure, Trust } from '../../../src/modules/entities';
import { tokenFor } from '../../support/api';
import { TEST_TODAY } from '../../support/today';
import { trustByOds, type MutationSample } from './sample';

const bodyOf = (trust: Trust) => (trust.type === TrustType.FOUNDATION_TRUST ? OversightBody.MONITOR : OversightBody.TDA);
const oversight = (trust: Trust) => tokenFor('OVERSIGHT', bodyOf(trust));
const notEnded = { $or: [{ endsOn: null }, { endsOn: { $gt: TEST_TODAY } }] };

async function trustWithoutDirector(em: EntityManager, type: TrustType): Promise<Trust> {
  const served = new Set((await em.find(DirectorAppointment, notEnded)).map((a) => a.trust.id));
  return (await em.find(Trust, { type }, { orderBy: { odsCode: 'asc' } })).find((t) => !served.has(t.id))!;
}

export const leadershipSamples: Record<string, MutationSample> = {
  appointImprovementDirector: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const busy = new Set((await em.find(DirectorAppointment, notEnded)).map((a) => a.director.id));
      const director = (await em.find(ImprovementDirector, { accountableTo: OversightBody.MONITOR }, { orderBy: { code: 'asc' } })).find((d) => !busy.has(d.id))!;
      const trust = await trustWithoutDirector(em, TrustType.FOUNDATION_TRUST);
      return { variables: { input: { directorId: director.id, trustId: trust.id, startsOn: TEST_TODAY } }, token: oversight(trust) };
    },
  },
  endDirectorAppointment: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const open = await em.findOneOrFail(DirectorAppointment, { endsOn: null, startsOn: { $lt: TEST_TODAY } }, { populate: ['trust'], orderBy: { startsOn: 'asc' } });
      return { variables: { id: open.id, endsOn: TEST_TODAY }, token: oversight(open.trust) };
    },
  },
  recordLeadershipReview: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const trust = await trustByOds(em, 'RN1');
      const input = { trustId: trust.id, reviewedOn: TEST_TODAY, scope: 'BOARD', outcome: 'CONCERNS', findings: 'Walked: the board lacks grip.' };
      return { variables: { input }, token: oversight(trust) };
    },
  },
  recordLeadershipChange: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const input = { trustId: (await trustByOds(em, 'RN1')).id, role: LeadershipRole.CHAIR, name: 'Walked Chair', startedOn: TEST_TODAY };
      return { variables: { input }, token: tokenFor('TRUST', 'RN1') }; // also ends the chair before
    },
  },
  endLeadershipTenure: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const open = await em.findOneOrFail(LeadershipTenure, { trust: await trustByOds(em, 'RH1'), endedOn: null }, { orderBy: { startedOn: 'asc' } });
      return { variables: { id: open.id, endedOn: TEST_TODAY }, token: tokenFor('TRUST', 'RH1') };
    },
  },
  setFoundationAutonomySuspended: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const inSpecialMeasures = (await em.find(Trust, { type: TrustType.FOUNDATION_TRUST }, { orderBy: { odsCode: 'asc' }, populate: ['inSpecialMeasures'] })).filter((t) => t.inSpecialMeasures);
      const trust = inSpecialMeasures.find((t) => !t.autonomySuspended) ?? inSpecialMeasures[0];
      return { variables: { trustId: trust.id, suspended: !trust.autonomySuspended }, token: tokenFor('OVERSIGHT', 'MONITOR') };
    },
  },
  authoriseFoundationTrust: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const eligible = (await em.find(Trust, { type: TrustType.NHS_TRUST }, { orderBy: { odsCode: 'asc' }, populate: ['currentRating', 'inSpecialMeasures'] })).find((t) => t.eligibleForFoundationStatus)!;
      return { variables: { trustId: eligible.id, authorisedOn: TEST_TODAY }, token: tokenFor('OVERSIGHT', 'MONITOR') };
    },
  },
  setFinancialForecast: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => ({ variables: { trustId: (await trustByOds(em, 'RN1')).id, forecast: '-1250000.50' }, token: tokenFor('TRUST', 'RN1') }),
  },
};
