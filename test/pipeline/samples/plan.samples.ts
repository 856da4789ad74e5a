import { ImprovementPlan, PlanAction, PlanUpdate } from '../../../src/modules/entities';
import { tokenFor } from '../../support/api';
import { TEST_TODAY } from '../../support/today';
import { trustByOds, type MutationSample } from './sample';

export const planSamples: Record<string, MutationSample> = {
  addPlanAction: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const input = { trustId: (await trustByOds(em, 'RN1')).id, title: 'Walked: a new action', keyQuestion: 'SAFE', dueOn: '2026-06-30' };
      return { variables: { input }, token: tokenFor('TRUST', 'RN1') };
    },
  },
  updatePlanAction: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const action = await em.findOneOrFail(PlanAction, { trust: await trustByOds(em, 'RN1') }, { orderBy: { dueOn: 'asc' } });
      const status = action.status === 'COMPLETE' ? 'ON_TRACK' : 'COMPLETE';
      return { variables: { input: { actionId: action.id, status, version: action.version } }, token: tokenFor('TRUST', 'RN1') };
    },
  },
  publishPlanUpdate: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const trust = await trustByOds(em, 'RN1');
      const plan = await em.findOneOrFail(ImprovementPlan, { trust });
      const published = new Set((await em.find(PlanUpdate, { plan })).map((u) => u.month));
      const month = [TEST_TODAY.slice(0, 7), '2026-02', '2026-01', '2025-12'].find((m) => !published.has(m))!;
      return { variables: { input: { trustId: trust.id, month, summary: 'Walked: progress this month.' } }, token: tokenFor('TRUST', 'RN1') };
    },
  },
};
