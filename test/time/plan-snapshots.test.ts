import { describe, expect, it } from 'vitest';
import { Trust } from '../../src/modules/entities';
import { PlanUpdatesWithActionsDocument, PublishPlanUpdateDocument, UpdatePlanActionDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';

// PlanUpdate.actions (docs/domain.md#time): each monthly update keeps the plan's actions as they
// stood when it was published, so the public sees month by month what was promised and what moved.

const env = useTestApi();

async function plan(trustId: string) {
  const { body } = await env.api.request(PlanUpdatesWithActionsDocument, { id: trustId }, null); // the public's read
  expect(body.errors).toBeUndefined();
  return body.data!.trust!.improvementPlan!;
}

describe('PlanUpdate.actions', () => {
  it('freezes the actions as they stood at each publication: a later status change shows in the next update only', async () => {
    const trust = await env.db.orm.em.fork().findOneOrFail(Trust, { odsCode: 'RS4' }); // its plan is two months behind
    const token = tokenFor('TRUST', 'RS4');
    const publish = async (month: string) => {
      const { body } = await env.api.request(PublishPlanUpdateDocument, { input: { trustId: trust.id, month, summary: `Progress in ${month}` } }, token);
      expect(body.errors).toBeUndefined();
      return body.data!.publishPlanUpdate.id;
    };
    const january = await publish('2026-01');
    const before = (await plan(trust.id)).actions;
    const moved = before.find((a) => a.status === 'AT_RISK')!;
    const version = (await env.db.orm.em.fork().getConnection().execute(`select version from plan_action where id = '${moved.id}'`))[0].version;
    const changed = await env.api.request(UpdatePlanActionDocument, { input: { actionId: moved.id, status: 'ON_TRACK', version } }, token);
    expect(changed.body.errors).toBeUndefined();
    const february = await publish('2026-02');

    const { actions, updates } = await plan(trust.id);
    const snapshot = (id: string) => updates.find((u) => u.id === id)!.actions;
    const asListed = (list: typeof before) => list.map((a) => ({ action: { id: a.id }, title: a.title, keyQuestion: a.keyQuestion, dueOn: a.dueOn, status: a.status }));
    expect(snapshot(january)).toEqual(asListed(before));
    expect(snapshot(january).find((a) => a.action.id === moved.id)!.status).toBe('AT_RISK');
    expect(snapshot(february)).toEqual(asListed(actions));
    expect(snapshot(february).find((a) => a.action.id === moved.id)!.status).toBe('ON_TRACK');
  });

  it('is there for every update of the demo, which shows each plan moving month by month', async () => {
    const sql = env.db.orm.em.fork().getConnection();
    const empty = await sql.execute(`select count(*)::int as n from plan_update where jsonb_array_length(actions) = 0`);
    expect(empty[0].n).toBe(0);
    // Per plan: how many different snapshots its updates hold.
    const kinds = await sql.execute(`select plan_id, count(distinct actions)::int as n from plan_update group by plan_id`);
    expect(kinds.filter((plan) => plan.n >= 3).length).toBeGreaterThan(kinds.length / 2);
  });
});
