import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { ImprovementPlan, Trust } from '../../src/modules/entities';
import { insertRows } from '../fixtures/sql-rows';
import { TrustFactsDocument } from '../generated/graphql';
import { plusMonths } from '../support/dates';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// chiefExecutivesInLast12Months ("the distinct people whose CHIEF_EXECUTIVE tenure overlaps the
// last 12 months, ends included") and ImprovementPlan.updateOverdue ("no update published for the
// last full month"), read through the API over rows written straight into this file's database:
// no mutation writes tenures or plan updates yet.

const env = useTestApi();
const em = () => env.db.orm.em.fork();
const sql = (query: string, params: unknown[] = []) => em().getConnection().execute(query, params);

async function factsOf(odsCode: string) {
  const { body } = await env.api.request(TrustFactsDocument, { odsCode }, null);
  expect(body.errors).toBeUndefined();
  return body.data!.trust!;
}

describe('chiefExecutivesInLast12Months', () => {
  const yearAgo = plusMonths(TEST_TODAY, -12);
  let trusts: Trust[];

  /** Replaces the trust's chief executives by these tenures. */
  async function chiefExecutives(trust: Trust, tenures: { name: string; startedOn: string; endedOn: string | null; interim?: boolean }[]) {
    await sql(`delete from leadership_tenure where trust_id = ? and role = 'CHIEF_EXECUTIVE'`, [trust.id]);
    await insertRows(em(), 'leadership_tenure', tenures.map((t) => ({
      id: randomUUID(), trust_id: trust.id, role: 'CHIEF_EXECUTIVE', name: t.name, started_on: t.startedOn, ended_on: t.endedOn, interim: t.interim ?? false,
    })));
  }

  beforeAll(async () => {
    trusts = await em().find(Trust, {}, { orderBy: { odsCode: 'asc' }, limit: 3 });
  });

  it('counts one person with two tenures in the window once', async () => {
    await chiefExecutives(trusts[0], [
      { name: 'Morgan Hale', startedOn: plusMonths(TEST_TODAY, -9), endedOn: plusMonths(TEST_TODAY, -5), interim: true },
      { name: 'Morgan Hale', startedOn: addDays(plusMonths(TEST_TODAY, -5), 1), endedOn: null },
    ]);
    expect((await factsOf(trusts[0].odsCode)).chiefExecutivesInLast12Months).toBe(1);
  });

  it(`counts a tenure that ended exactly 12 months ago (${yearAgo}), and its successor`, async () => {
    await chiefExecutives(trusts[1], [
      { name: 'Avery Stone', startedOn: plusMonths(TEST_TODAY, -40), endedOn: yearAgo },
      { name: 'Blake Moor', startedOn: addDays(yearAgo, 1), endedOn: null },
    ]);
    expect((await factsOf(trusts[1].odsCode)).chiefExecutivesInLast12Months).toBe(2);
  });

  it('does not count a tenure that ended the day before that', async () => {
    await chiefExecutives(trusts[2], [
      { name: 'Casey Fenn', startedOn: plusMonths(TEST_TODAY, -40), endedOn: addDays(yearAgo, -1) },
      { name: 'Drew Allard', startedOn: yearAgo, endedOn: null },
    ]);
    expect((await factsOf(trusts[2].odsCode)).chiefExecutivesInLast12Months).toBe(1);
  });
});

describe('ImprovementPlan.updateOverdue', () => {
  /** The last full month before TEST_TODAY's, YYYY-MM: for 2026-03-18, 2026-02. */
  const lastFullMonth = plusMonths(`${TEST_TODAY.slice(0, 7)}-01`, -1).slice(0, 7);
  let plans: ImprovementPlan[];

  /** Replaces the plan's monthly updates by one for each of these months. */
  async function updates(plan: ImprovementPlan, months: string[]) {
    await sql('delete from plan_update where plan_id = ?', [plan.id]);
    await insertRows(em(), 'plan_update', months.map((month) => ({
      id: randomUUID(), plan_id: plan.id, trust_id: plan.trust.id, month, summary: `Progress in ${month}.`, published_at: `${TEST_TODAY}T08:00:00Z`,
    })));
  }

  const overdueOf = async (plan: ImprovementPlan) => (await factsOf(plan.trust.odsCode)).improvementPlan!.updateOverdue;

  beforeAll(async () => {
    plans = await em().find(ImprovementPlan, {}, { populate: ['trust'], orderBy: { trust: { odsCode: 'asc' } }, limit: 3 });
    expect(plans).toHaveLength(3);
  });

  it(`is not overdue with an update for the last full month (${lastFullMonth})`, async () => {
    await updates(plans[0], [plusMonths(`${lastFullMonth}-01`, -1).slice(0, 7), lastFullMonth]);
    expect(await overdueOf(plans[0])).toBe(false);
  });

  it('is overdue with no update at all', async () => {
    await updates(plans[1], []);
    expect(await overdueOf(plans[1])).toBe(true);
  });

  it("is overdue with updates for this month and the month before the last full one, but not for the last full one", async () => {
    await updates(plans[2], [plusMonths(`${lastFullMonth}-01`, -1).slice(0, 7), TEST_TODAY.slice(0, 7)]);
    expect(await overdueOf(plans[2])).toBe(true);
  });
});
