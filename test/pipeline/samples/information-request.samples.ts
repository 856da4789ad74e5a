import type { EntityManager } from '@mikro-orm/postgresql';
import { expect } from 'vitest';
import { RequestStatus, RequestTopic, Role } from '../../../src/common/enums';
import { InformationRequest, RequestAsker } from '../../../src/modules/entities';
import { tokenFor } from '../../support/api';
import { TEST_TODAY } from '../../support/today';
import { trustByOds, type MutationSample } from './sample';

/** An OPEN request about RN1 asked by CQC alone, on a topic no other sample uses. */
async function openRequest(em: EntityManager, topic: RequestTopic): Promise<InformationRequest> {
  const trust = await trustByOds(em, 'RN1');
  const request = em.create(InformationRequest, { trust, topic, period: '2026-02', dueOn: '2026-04-30' });
  em.create(RequestAsker, { request, trust, role: Role.REGULATOR, organisation: 'CQC', askedOn: TEST_TODAY, askedAt: new Date(), question: 'Walked?', dueOn: '2026-04-30' });
  await em.flush();
  return request;
}

export const informationRequestSamples: Record<string, MutationSample> = {
  askInformation: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const input = { trustId: (await trustByOds(em, 'RN1')).id, topic: 'WORKFORCE', period: '2026-02', question: 'Walked: vacancy rates?', dueOn: '2026-04-30' };
      return { variables: { input }, token: tokenFor('REGULATOR', 'CQC') };
    },
  },
  answerInformationRequest: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => {
      const request = await openRequest(em, RequestTopic.MATERNITY);
      return { variables: { id: request.id, answer: 'Walked: here it is.', version: request.version }, token: tokenFor('TRUST', 'RN1') };
    },
  },
  withdrawInformationAsk: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => {
      const request = await openRequest(em, RequestTopic.INFECTION_CONTROL);
      expect(request.status).toBe(RequestStatus.OPEN);
      return { variables: { id: request.id }, token: tokenFor('REGULATOR', 'CQC') }; // the last asker: the request is WITHDRAWN too
    },
  },
};
