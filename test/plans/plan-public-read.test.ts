import { describe, expect, it } from 'vitest';
import { addMonths, monthOf } from '../../src/clock';
import { AllTrustPlansDocument, TrustPlanDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { TEST_TODAY } from '../support/today';
import { DIRECTOR, plansWorld, TRUST } from './plans.helpers';

// docs/domain.md#who-reads-what: PUBLIC (no token) reads improvement plans with actions and updates of every trust;
// updateOverdue (docs/domain.md#derived-facts) is "no update published for the last full month". Checked against the rows in the
// database, then after a trust publishes its monthly update and its director changes an action.

const p = plansWorld();
const LAST_FULL_MONTH = monthOf(addMonths(`${monthOf(TEST_TODAY)}-01`, -1));

async function publicPlans() {
  const { status, body } = await p.w.api.request(AllTrustPlansDocument, undefined, null);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data!.trusts.nodes;
}

/** Each trust's plan as the database holds it, in the API's orders: actions by due date, updates newest first. */
async function plansInDatabase() {
  const trusts = await p.sql<{ id: string; ods_code: string }>('select id, ods_code from trust');
  const plans = await p.sql<{ id: string; trust_id: string }>('select id, trust_id from improvement_plan');
  const actions = await p.sql<{ id: string; plan_id: string; status: string; version: number }>('select id, plan_id, status, version from plan_action order by due_on, id');
  const updates = await p.sql<{ id: string; plan_id: string; month: string; summary: string }>('select id, plan_id, month, summary from plan_update order by month desc');
  return new Map(trusts.map((t) => {
    const plan = plans.find((pl) => pl.trust_id === t.id);
    return [t.ods_code, plan ? {
      id: plan.id,
      updateOverdue: !updates.some((u) => u.plan_id === plan.id && u.month === LAST_FULL_MONTH),
      actions: actions.filter((a) => a.plan_id === plan.id).map((a) => ({ id: a.id, status: a.status, version: a.version })),
      updates: updates.filter((u) => u.plan_id === plan.id).map((u) => ({ id: u.id, month: u.month, summary: u.summary })),
    } : null];
  }));
}

function expectSameAsDatabase(read: Awaited<ReturnType<typeof publicPlans>>, stored: Awaited<ReturnType<typeof plansInDatabase>>) {
  expect(read.map((t) => t.odsCode).sort()).toEqual([...stored.keys()].sort());
  for (const trust of read) {
    const plan = trust.improvementPlan;
    const expected = stored.get(trust.odsCode)!;
    expect(plan && { ...plan, actions: plan.actions.map(({ id, status, version }) => ({ id, status, version })) }, trust.odsCode).toEqual(expected);
  }
}

describe('the public reads every plan without a token', () => {
  it('every trust\'s plan, actions and updates, as the database holds them; trusts without a plan have none', async () => {
    const stored = await plansInDatabase();
    expectSameAsDatabase(await publicPlans(), stored);
    const withPlans = [...stored.values()].filter(Boolean);
    expect(withPlans.length, 'the demo has plans').toBeGreaterThanOrEqual(5);
    expect([...stored.values()].some((plan) => plan === null), 'and trusts without one').toBe(true);
    expect(withPlans.every((plan) => plan!.actions.length > 0 && plan!.updates.length > 0)).toBe(true);
  });

  it('updateOverdue is true exactly for the plans without an update for the last full month (2026-02): RS4\'s, last updated 2025-12', async () => {
    expect(LAST_FULL_MONTH).toBe('2026-02');
    const overdue = (await publicPlans()).filter((t) => t.improvementPlan?.updateOverdue).map((t) => t.odsCode);
    expect(overdue).toEqual(['RS4']);
  });

  it('the update a trust publishes and the action its director changes are read by the public at once, with no token', async () => {
    const rn1 = await p.trust('RN1');
    const published = await p.publish({ trustId: rn1.id, month: '2026-03', summary: 'March: stroke pathway live.' }, TRUST('RN1'));
    expect(published.body.errors).toBeUndefined();
    const action = await p.firstAction('RN1');
    const status = action.status === 'AT_RISK' ? 'ON_TRACK' : 'AT_RISK';
    const changed = await p.update({ actionId: action.id, status, version: action.version }, DIRECTOR('ID-001'));
    expect(changed.body.errors).toBeUndefined();

    const { body } = await p.w.api.request(TrustPlanDocument, { odsCode: 'RN1' }, null);
    const plan = body.data!.trust!.improvementPlan!;
    expect(plan.updates[0]).toEqual({ ...published.body.data!.publishPlanUpdate });
    expect(plan.actions.find((a) => a.id === action.id)).toMatchObject({ status, version: action.version + 1 });
    expectSameAsDatabase(await publicPlans(), await plansInDatabase());
  });

  it('a plan stays overdue after an update for the current month only, and is not once the last full month has one', async () => {
    const rs4 = await p.trust('RS4');
    const overdue = async () => (await p.w.api.request(TrustPlanDocument, { odsCode: 'RS4' }, null)).body.data!.trust!.improvementPlan!.updateOverdue;
    expect(await overdue()).toBe(true);
    expect((await p.publish({ trustId: rs4.id, month: '2026-03', summary: 'March update.' }, TRUST('RS4'))).body.errors).toBeUndefined();
    expect(await overdue()).toBe(true);
    expect((await p.publish({ trustId: rs4.id, month: LAST_FULL_MONTH, summary: 'February update, late.' }, TRUST('RS4'))).body.errors).toBeUndefined();
    expect(await overdue()).toBe(false);
  });

  it('a plan made by a first action has no update, so it is overdue', async () => {
    const rw1 = await p.trust('RW1');
    expect((await p.add({ trustId: rw1.id, title: 'Stabilise the board', keyQuestion: 'WELL_LED', dueOn: '2026-06-30' }, TRUST('RW1'))).body.errors).toBeUndefined();
    const { body } = await p.w.api.request(TrustPlanDocument, { odsCode: 'RW1' }, null);
    expect(body.data!.trust!.improvementPlan).toMatchObject({ updateOverdue: true, updates: [], actions: [{ title: 'Stabilise the board' }] });
  });
});

describe('other readers', () => {
  it('every role reads the same plan as the public; COMMISSIONER X5N only within its system', async () => {
    const asPublic = (await p.w.api.request(TrustPlanDocument, { odsCode: 'RN1' }, null)).body.data!.trust!.improvementPlan;
    for (const token of [tokenFor('REGULATOR', 'CQC'), TRUST('RH1'), DIRECTOR('ID-006'), tokenFor('COMMISSIONER', 'X5N')]) {
      const { body } = await p.w.api.request(TrustPlanDocument, { odsCode: 'RN1' }, token);
      expect(body.data!.trust!.improvementPlan).toEqual(asPublic);
    }
    const outside = await p.w.api.request(TrustPlanDocument, { odsCode: 'RH2' }, tokenFor('COMMISSIONER', 'X5N'));
    expect(outside.body.data!.trust).toBeNull();
  });
});
