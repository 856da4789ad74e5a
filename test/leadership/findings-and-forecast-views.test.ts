import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { LeadershipReview, Trust } from '../../src/modules/entities';
import { TrustConfidentialDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { daysAgo } from '../support/dates';
import { ALL_PRINCIPALS } from '../support/principals';
import { TEST_TODAY } from '../support/today';
import { as, world } from './leadership.helpers';

// Who reads Trust.financialForecast and LeadershipReview.findings, once written through the
// mutations. docs/domain.md#who-reads-what: findings are read by REGULATOR, OVERSIGHT and the trust's current
// improvement director only; the forecast (money) by those and the trust itself. A caller who may
// read the row but not the field gets null with a FORBIDDEN error at its path; one who may not read
// a review row does not get it (PUBLIC, another trust, a director elsewhere); a commissioner does not
// get a trust outside its system at all.

const t = world();
const FINDINGS = 'Recorded for this test: the board is not sighted on ED waits.';
const FORECAST = '-3999999.99';

type View = { forecast: 'value' | 'forbidden'; findings: 'values' | 'forbidden' | 'no rows' } | 'no trust';
const VIEWS: Record<string, { RN1: View; RH2: View }> = {
  'REGULATOR CQC': { RN1: { forecast: 'value', findings: 'values' }, RH2: { forecast: 'value', findings: 'values' } },
  'OVERSIGHT MONITOR': { RN1: { forecast: 'value', findings: 'values' }, RH2: { forecast: 'value', findings: 'values' } },
  'OVERSIGHT TDA': { RN1: { forecast: 'value', findings: 'values' }, RH2: { forecast: 'value', findings: 'values' } },
  'TRUST RN1': { RN1: { forecast: 'value', findings: 'forbidden' }, RH2: { forecast: 'forbidden', findings: 'no rows' } },
  'TRUST RH1': { RN1: { forecast: 'forbidden', findings: 'no rows' }, RH2: { forecast: 'forbidden', findings: 'no rows' } },
  'IMPROVEMENT_DIRECTOR ID-001': { RN1: { forecast: 'value', findings: 'values' }, RH2: { forecast: 'forbidden', findings: 'no rows' } },
  'IMPROVEMENT_DIRECTOR ID-006': { RN1: { forecast: 'forbidden', findings: 'no rows' }, RH2: { forecast: 'forbidden', findings: 'no rows' } },
  'COMMISSIONER X5N': { RN1: { forecast: 'forbidden', findings: 'forbidden' }, RH2: 'no trust' },
  'PUBLIC null': { RN1: { forecast: 'forbidden', findings: 'no rows' }, RH2: { forecast: 'forbidden', findings: 'no rows' } },
};

async function confidential(ods: string, token: string | null) {
  const { body } = await t.w.api.request(TrustConfidentialDocument, { odsCode: ods }, token);
  const errors = (body.errors ?? []).map((e) => [e.extensions?.code, (e.path ?? []).join('.')]);
  return { trust: body.data!.trust, errors };
}

/** Checks one trust's confidential fields against the view, computed from the rows in the database. */
async function expectView(ods: string, token: string | null, view: View) {
  const { trust, errors } = await confidential(ods, token);
  if (view === 'no trust') {
    expect(trust).toBeNull();
    expect(errors).toEqual([]);
    return;
  }
  const row = await t.em().findOneOrFail(Trust, { odsCode: ods });
  const reviews = await t.em().find(LeadershipReview, { trust: row }, { orderBy: { reviewedOn: 'desc', id: 'asc' } });
  const expectedErrors: [string, string][] = [];
  expect(trust!.financialForecast).toBe(view.forecast === 'value' ? row.financialForecast : null);
  if (view.forecast === 'forbidden') expectedErrors.push(['FORBIDDEN', 'trust.financialForecast']);
  if (view.findings === 'no rows') expect(trust!.leadershipReviews).toEqual([]);
  else {
    expect(trust!.leadershipReviews.map((r) => r.id)).toEqual(reviews.map((r) => r.id));
    expect(trust!.leadershipReviews.map((r) => r.findings)).toEqual(reviews.map((r) => (view.findings === 'values' ? r.findings : null)));
    if (view.findings === 'forbidden') reviews.forEach((_, i) => expectedErrors.push(['FORBIDDEN', `trust.leadershipReviews.${i}.findings`]));
  }
  expect(errors).toEqual(expectedErrors);
}

beforeAll(async () => {
  const rn1 = await t.trust('RN1');
  await t.expectChange(() => t.api.review({ trustId: rn1.id, reviewedOn: TEST_TODAY, scope: 'BOARD', outcome: 'CONCERNS', findings: FINDINGS }, as.monitor()));
  await t.expectChange(() => t.api.forecast(rn1.id, FORECAST, as.trust('RN1')));
});

describe('each demo principal, RN1 and RH2, after a review and a forecast written through the API', () => {
  it('the written values are the ones read', async () => {
    const { trust } = await confidential('RN1', as.monitor());
    expect(trust!.financialForecast).toBe(FORECAST);
    expect(trust!.leadershipReviews[0].findings).toBe(FINDINGS);
  });

  it.each(ALL_PRINCIPALS.map((p) => [`${p.role} ${p.org}`, p] as const))('%s', async (name, p) => {
    const token = p.org === null ? null : tokenFor(p.role, p.org);
    expect(VIEWS[name], `a view for ${name}`).toBeDefined();
    await expectView('RN1', token, VIEWS[name].RN1);
    await expectView('RH2', token, VIEWS[name].RH2);
  });
});

describe('an improvement director reads where it holds an open appointment, and only while it does', () => {
  const ID_003 = () => as.director('ID-003');
  const ID_006 = () => as.director('ID-006');
  const everything = { forecast: 'value', findings: 'values' } as const;
  const publicView = { forecast: 'forbidden', findings: 'no rows' } as const;

  it('ID-003 at RN3 reads everything there; ID-006 only the public view', async () => {
    await expectView('RN3', ID_003(), everything);
    await expectView('RN3', ID_006(), publicView);
  });

  it('after a hand-over from ID-003 to ID-006, each reads as its appointment says', async () => {
    const open = await t.openAppointment('RN3');
    await t.expectChange(() => t.api.endAppointment(open.id, daysAgo(10), as.monitor()));
    const rn3 = (await t.trust('RN3')).id;
    const id006 = (await t.director('ID-006')).id;
    await t.expectChange(() => t.api.appoint({ directorId: id006, trustId: rn3, startsOn: daysAgo(10) }, as.monitor()));
    await expectView('RN3', ID_006(), everything);
    await expectView('RN3', ID_003(), publicView);
  });

  it('an appointment ended today is no longer open: ID-006 is back to the public view', async () => {
    const open = await t.openAppointment('RN3');
    await t.expectChange(() => t.api.endAppointment(open.id, TEST_TODAY, as.monitor()));
    await expectView('RN3', ID_006(), publicView);
  });

  it('an appointment that starts next week is not open yet', async () => {
    const rn5 = (await t.trust('RN5')).id;
    const id006 = (await t.director('ID-006')).id;
    await t.expectChange(() => t.api.appoint({ directorId: id006, trustId: rn5, startsOn: addDays(TEST_TODAY, 7) }, as.monitor()));
    await expectView('RN5', ID_006(), publicView);
  });
});
