import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { Trust } from '../../src/modules/entities';
import { PlaceInSpecialMeasuresDocument, TrustsFoundationFactsDocument } from '../generated/graphql';
import { daysAgo } from '../support/dates';
import { TEST_TODAY } from '../support/today';
import { as, world } from './leadership.helpers';

// setFoundationAutonomySuspended and authoriseFoundationTrust: MONITOR alone. "autonomySuspended: only
// a foundation trust in special measures can be suspended"; "eligibleForFoundationStatus: an NHS
// trust, rated GOOD or OUTSTANDING, not in special measures. Only such a trust can be authorised as a
// foundation trust (by MONITOR)", and its oversight passes to MONITOR. Demo data: RN1 suspended, RN3 a
// foundation trust in special measures not suspended, RH1 one not in special measures; RH2 an NHS
// trust in special measures; RH3, RW1, RW2, RS5, RB3 eligible.

const t = world();
const id = {} as Record<string, string>;
const ODS = ['RN1', 'RN3', 'RH1', 'RH2', 'RH3', 'RH4', 'RH6', 'RS1', 'RN4', 'RN6', 'RW1', 'RB3'];

beforeAll(async () => {
  for (const ods of ODS) id[ods] = (await t.trust(ods)).id;
});

describe('eligibleForFoundationStatus, as read over HTTP', () => {
  it('is exactly: an NHS trust, rated GOOD or OUTSTANDING, not in special measures (the five of the demo)', async () => {
    const { body } = await t.w.api.request(TrustsFoundationFactsDocument, {}, null);
    const trusts = body.data!.trusts.nodes;
    for (const trust of trusts) {
      const rule = trust.type === 'NHS_TRUST' && ['GOOD', 'OUTSTANDING'].includes(trust.currentRating ?? '') && !trust.inSpecialMeasures;
      expect(trust.eligibleForFoundationStatus, trust.odsCode).toBe(rule);
      expect(trust.oversightBody, trust.odsCode).toBe(trust.type === 'FOUNDATION_TRUST' ? 'MONITOR' : 'TDA');
    }
    expect(trusts.filter((x) => x.eligibleForFoundationStatus).map((x) => x.odsCode).sort()).toEqual(['RB3', 'RH3', 'RS5', 'RW1', 'RW2']);
    expect(trusts.filter((x) => x.autonomySuspended).map((x) => x.odsCode).sort()).toEqual(['RB1', 'RH4', 'RN1']);
  });
});

describe('setFoundationAutonomySuspended', () => {
  it('refusals: NOT_FOUND, FORBIDDEN (anyone but MONITOR, and MONITOR for an NHS trust), FAILED_PRECONDITION', async () => {
    await t.expectRefused('NOT_FOUND', () => t.api.suspend(randomUUID(), true, as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.suspend(id.RH4, false, as.commissioner('X5N')));
    for (const token of [as.tda(), as.regulator(), as.trust('RN3'), as.director('ID-003'), as.commissioner('X5N'), null]) {
      await t.expectRefused('FORBIDDEN', () => t.api.suspend(id.RN3, true, token));
      await t.expectRefused('FORBIDDEN', () => t.api.suspend(id.RN1, false, token));
    }
    // MONITOR does not oversee NHS trusts: the ability refuses before the trust-type rule is reached
    await t.expectRefused('FORBIDDEN', () => t.api.suspend(id.RH2, true, as.monitor()));
    await t.expectRefused('FORBIDDEN', () => t.api.suspend(id.RH2, true, as.tda()));
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.suspend(id.RH1, true, as.monitor()), /not in special measures/);
  });

  it('MONITOR suspends RN3 (a foundation trust in special measures): one event on the Trust row', async () => {
    const { data, audit } = await t.expectChange(() => t.api.suspend(id.RN3, true, as.monitor()));
    expect(data.setFoundationAutonomySuspended).toMatchObject({ odsCode: 'RN3', autonomySuspended: true });
    expect((await t.foundationState('RN3')).autonomySuspended).toBe(true);
    t.expectAudited(audit, [{ action: 'setFoundationAutonomySuspended', entity: 'Trust', entityId: id.RN3 }]);
    expect(audit[0].changes).toEqual({ autonomySuspended: { from: false, to: true } });
  });

  it('MONITOR restores RN1\'s freedoms', async () => {
    const { audit } = await t.expectChange(() => t.api.suspend(id.RN1, false, as.monitor()));
    expect((await t.foundationState('RN1')).autonomySuspended).toBe(false);
    expect(audit[0].changes).toEqual({ autonomySuspended: { from: true, to: false } });
  });
});

describe('authoriseFoundationTrust', () => {
  it('refusals: NOT_FOUND, BAD_USER_INPUT before FORBIDDEN, FORBIDDEN for all but MONITOR, FAILED_PRECONDITION unless eligible', async () => {
    await t.expectRefused('NOT_FOUND', () => t.api.authorise(randomUUID(), TEST_TODAY, as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.authorise(id.RW1, TEST_TODAY, as.commissioner('X5N')));
    await t.expectRefused('BAD_USER_INPUT', () => t.api.authorise(id.RW1, addDays(TEST_TODAY, 1), as.monitor()), /authorisedOn/);
    await t.expectRefused('BAD_USER_INPUT', () => t.api.authorise(id.RW1, addDays(TEST_TODAY, 1), as.tda()));
    for (const token of [as.tda(), as.regulator(), as.trust('RW1'), as.director('ID-007'), as.commissioner('X9W'), null]) {
      await t.expectRefused('FORBIDDEN', () => t.api.authorise(id.RW1, TEST_TODAY, token));
    }
    await t.expectRefused('FORBIDDEN', () => t.api.authorise(id.RN4, TEST_TODAY, as.tda())); // before FAILED_PRECONDITION
    const rule = /not eligible for foundation status/;
    // rated REQUIRES_IMPROVEMENT, INADEQUATE, GOOD but unpublished, never inspected; in special measures; already a foundation trust
    for (const ods of ['RH6', 'RS1', 'RN4', 'RN6', 'RH2', 'RH1']) {
      await t.expectRefused('FAILED_PRECONDITION', () => t.api.authorise(id[ods], TEST_TODAY, as.monitor()), rule);
    }
  });

  it('an eligible trust placed in special measures is no longer eligible, and is refused', async () => {
    const placed = await t.w.api.request(PlaceInSpecialMeasuresDocument, { input: { trustId: id.RB3, placedOn: daysAgo(1), reason: 'Serious concerns.' } }, as.tda());
    expect(placed.body.errors).toBeUndefined();
    expect(await t.foundationState('RB3')).toMatchObject({ currentRating: 'GOOD', inSpecialMeasures: true, eligibleForFoundationStatus: false });
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.authorise(id.RB3, TEST_TODAY, as.monitor()), /not eligible/);
  });

  it('MONITOR authorises RH3: a foundation trust overseen by MONITOR from then on; one event on the Trust row', async () => {
    const { data, audit } = await t.expectChange(() => t.api.authorise(id.RH3, daysAgo(1), as.monitor()));
    expect(data.authoriseFoundationTrust).toMatchObject({ odsCode: 'RH3', type: 'FOUNDATION_TRUST', oversightBody: 'MONITOR' });
    expect(await t.foundationState('RH3')).toMatchObject({ type: 'FOUNDATION_TRUST', oversightBody: 'MONITOR', eligibleForFoundationStatus: false });
    expect(await t.em().findOneOrFail(Trust, id.RH3)).toMatchObject({ type: 'FOUNDATION_TRUST', foundationAuthorisedOn: daysAgo(1) });
    t.expectAudited(audit, [{ action: 'authoriseFoundationTrust', entity: 'Trust', entityId: id.RH3 }]);
    expect(audit[0].changes).toEqual({ type: { from: 'NHS_TRUST', to: 'FOUNDATION_TRUST' }, foundationAuthorisedOn: { from: null, to: daysAgo(1) } });
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.authorise(id.RH3, TEST_TODAY, as.monitor()), /not eligible/);
  });

  it('then MONITOR, not TDA, acts on RH3: forecast, reviews, appointments (of a MONITOR director)', async () => {
    await t.expectRefused('FORBIDDEN', () => t.api.forecast(id.RH3, '1.00', as.tda()));
    await t.expectRefused('FORBIDDEN', () => t.api.review({ trustId: id.RH3, reviewedOn: TEST_TODAY, scope: 'BOARD', outcome: 'CAPABLE', findings: 'Fine.' }, as.tda()));
    const tdaDirector = (await t.director('ID-009')).id;
    const monitorDirector = (await t.director('ID-006')).id;
    await t.expectRefused('FORBIDDEN', () => t.api.appoint({ directorId: tdaDirector, trustId: id.RH3, startsOn: TEST_TODAY }, as.tda()));
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.appoint({ directorId: tdaDirector, trustId: id.RH3, startsOn: TEST_TODAY }, as.monitor()), /overseen by MONITOR/);

    await t.expectChange(() => t.api.forecast(id.RH3, '1.00', as.monitor()));
    const review = await t.expectChange(() => t.api.review({ trustId: id.RH3, reviewedOn: TEST_TODAY, scope: 'BOARD', outcome: 'CAPABLE', findings: 'Fine.' }, as.monitor()));
    expect(review.data.recordLeadershipReview.reviewer).toBe('MONITOR');
    const appointed = await t.expectChange(() => t.api.appoint({ directorId: monitorDirector, trustId: id.RH3, startsOn: TEST_TODAY }, as.monitor()));
    expect(appointed.data.appointImprovementDirector.director.accountableTo).toBe('MONITOR');
  });
});
