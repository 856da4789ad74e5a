import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PlanAction } from '../../src/modules/entities';
import { TrustPlanDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { TEST_TODAY } from '../support/today';
import { DIRECTOR, plansWorld, TRUST } from './plans.helpers';

// Who may change a plan: the trust acts for its own plan (its actions and monthly updates); an
// improvement director updates the status of plan actions in its trusts (where it holds an open
// appointment: ID-001 at RN1, ID-003 at RN3; ID-006's appointment at RN3 ended), but neither adds
// actions nor starts a plan: the plan is the trust's. Everyone else is refused, and a refused change
// writes nothing. Plans are public, so refusals are FORBIDDEN, not NOT_FOUND.

const p = plansWorld();
const action = (trustId: string, title = 'Recruit two consultant microbiologists') => ({ trustId, title, keyQuestion: 'SAFE' as const, dueOn: '2026-09-30' });
const REFUSED_ALWAYS = [
  ['another trust (RH1)', () => TRUST('RH1')], ['PUBLIC', () => null], ['REGULATOR', () => tokenFor('REGULATOR', 'CQC')],
  ['MONITOR', () => tokenFor('OVERSIGHT', 'MONITOR')], ['COMMISSIONER X5N, whose system RN1 is in', () => tokenFor('COMMISSIONER', 'X5N')],
  ['the director of another trust (ID-003)', () => DIRECTOR('ID-003')], ['a director between appointments (ID-006)', () => DIRECTOR('ID-006')],
] as const;

describe('addPlanAction', () => {
  it('the trust itself adds an action to its plan: NOT_STARTED at version 1, in the plan, with one audit event', async () => {
    const rn1 = await p.trust('RN1');
    const { body } = await p.add(action(rn1.id, 'Action added by RN1'), TRUST('RN1'));
    expect(body.errors).toBeUndefined();
    const added = body.data!.addPlanAction;
    expect(added).toMatchObject({ title: 'Action added by RN1', keyQuestion: 'SAFE', dueOn: '2026-09-30', status: 'NOT_STARTED', version: 1 });
    const row = await p.em().findOneOrFail(PlanAction, { id: added.id });
    expect([row.plan.id, row.trust.id]).toEqual([(await p.planOf('RN1'))!.id, rn1.id]);
    expect(await p.eventsAbout(added.id)).toEqual([{ action: 'addPlanAction', entity: 'PlanAction', organisation: 'RN1', trust_id: rn1.id }]);
  });

  it('its current improvement director (ID-001) may not add one: FORBIDDEN, nothing written', async () => {
    const rn1 = await p.trust('RN1');
    await p.expectRefused('FORBIDDEN', () => p.add(action(rn1.id, 'Action added by ID-001'), DIRECTOR('ID-001')));
  });

  it('a trust with no plan (RN2) gets one with its first action: two rows, two audit events, read by the public', async () => {
    const rn2 = await p.trust('RN2');
    expect(await p.planOf('RN2')).toBeNull();
    const { body } = await p.add(action(rn2.id, 'Publish a ligature risk register'), TRUST('RN2'));
    expect(body.errors).toBeUndefined();
    const plan = (await p.planOf('RN2'))!;
    expect(plan).not.toBeNull();
    expect(await p.eventsAbout(plan.id)).toEqual([{ action: 'addPlanAction', entity: 'ImprovementPlan', organisation: 'RN2', trust_id: rn2.id }]);
    expect(await p.eventsAbout(body.data!.addPlanAction.id)).toEqual([{ action: 'addPlanAction', entity: 'PlanAction', organisation: 'RN2', trust_id: rn2.id }]);

    const read = await p.w.api.request(TrustPlanDocument, { odsCode: 'RN2' }, null);
    expect(read.body.data!.trust!.improvementPlan).toMatchObject({ id: plan.id, trust: { odsCode: 'RN2' }, updates: [] });
    expect(read.body.data!.trust!.improvementPlan!.actions.map((a) => a.title)).toEqual(['Publish a ligature risk register']);

    // The second action goes to the same plan.
    const second = await p.add(action(rn2.id, 'Train every ward in restrictive practice'), TRUST('RN2'));
    expect(second.body.errors).toBeUndefined();
    expect((await p.sql('select count(*)::int as n from improvement_plan where trust_id = ?', [rn2.id]))[0].n).toBe(1);
  });

  it.each(REFUSED_ALWAYS)('%s may not add an action to RN1\'s plan: FORBIDDEN, nothing written', async (_who, token) => {
    const rn1 = await p.trust('RN1');
    await p.expectRefused('FORBIDDEN', () => p.add(action(rn1.id), token()));
  });

  it('a director may not start the plan of a trust where it is not appointed (ID-001 at RN4): no plan is made', async () => {
    await p.expectRefused('FORBIDDEN', async () => p.add(action((await p.trust('RN4')).id), DIRECTOR('ID-001')));
    expect(await p.planOf('RN4')).toBeNull();
  });

  it('NOT_FOUND for a trust that does not exist, or one the caller may not read (RH2, outside X5N\'s system)', async () => {
    await p.expectRefused('NOT_FOUND', () => p.add(action(randomUUID()), TRUST('RN1')));
    await p.expectRefused('NOT_FOUND', async () => p.add(action((await p.trust('RH2')).id), tokenFor('COMMISSIONER', 'X5N')));
  });
});

describe('updatePlanAction', () => {
  it.each([['the trust itself', 'RN1', 'RN1', () => TRUST('RN1')], ['its current director', 'RN1', 'ID-001', () => DIRECTOR('ID-001')],
    ['RN3\'s current director', 'RN3', 'ID-003', () => DIRECTOR('ID-003')]] as const)(
    '%s updates an action of %s: new status, version + 1, one audit event', async (_who, odsCode, org, token) => {
      const before = await p.firstAction(odsCode);
      const status = before.status === 'AT_RISK' ? 'ON_TRACK' : 'AT_RISK';
      const { body } = await p.update({ actionId: before.id, status, version: before.version }, token());
      expect(body.errors).toBeUndefined();
      expect(body.data!.updatePlanAction).toMatchObject({ id: before.id, status, version: before.version + 1, title: before.title });
      const events = await p.eventsAbout(before.id);
      expect(events.at(-1)).toEqual({ action: 'updatePlanAction', entity: 'PlanAction', organisation: org, trust_id: before.trust.id });
    });

  it.each(REFUSED_ALWAYS)('%s may not update an action of RN1: FORBIDDEN, nothing written', async (_who, token) => {
    const a = await p.firstAction('RN1');
    await p.expectRefused('FORBIDDEN', () => p.update({ actionId: a.id, status: 'AT_RISK', version: a.version }, token()));
  });

  it('FORBIDDEN comes before the version check: another trust sending a stale version is FORBIDDEN, not CONFLICT', async () => {
    const a = await p.firstAction('RN1');
    await p.expectRefused('FORBIDDEN', () => p.update({ actionId: a.id, status: 'AT_RISK', version: a.version + 7 }, TRUST('RH1')));
  });

  it('NOT_FOUND for an action that does not exist', async () => {
    await p.expectRefused('NOT_FOUND', () => p.update({ actionId: randomUUID(), status: 'AT_RISK', version: 1 }, TRUST('RN1')));
  });
});

describe('publishPlanUpdate', () => {
  it('the trust itself publishes its update for the current month, with one audit event', async () => {
    const rn1 = await p.trust('RN1');
    const month = TEST_TODAY.slice(0, 7);
    const { body } = await p.publish({ trustId: rn1.id, month, summary: '  Night registrar rota filled on all wards.  ' }, TRUST('RN1'));
    expect(body.errors).toBeUndefined();
    const update = body.data!.publishPlanUpdate;
    expect(update).toMatchObject({ month, summary: 'Night registrar rota filled on all wards.' });
    expect(Number.isNaN(Date.parse(update.publishedAt))).toBe(false);
    expect(await p.eventsAbout(update.id)).toEqual([{ action: 'publishPlanUpdate', entity: 'PlanUpdate', organisation: 'RN1', trust_id: rn1.id }]);
  });

  it('a trust with no plan (RN5) gets one with its first update', async () => {
    const rn5 = await p.trust('RN5');
    expect(await p.planOf('RN5')).toBeNull();
    const { body } = await p.publish({ trustId: rn5.id, month: '2026-02', summary: 'First monthly update.' }, TRUST('RN5'));
    expect(body.errors).toBeUndefined();
    const read = await p.w.api.request(TrustPlanDocument, { odsCode: 'RN5' }, null);
    expect(read.body.data!.trust!.improvementPlan).toMatchObject({ updateOverdue: false, actions: [], updates: [{ month: '2026-02', summary: 'First monthly update.' }] });
  });

  it.each<readonly [string, () => string | null]>([['its current improvement director (ID-001)', () => DIRECTOR('ID-001')], ...REFUSED_ALWAYS])(
    '%s may not publish RN1\'s update: FORBIDDEN, nothing written', async (_who, token) => {
      const rn1 = await p.trust('RN1');
      await p.expectRefused('FORBIDDEN', () => p.publish({ trustId: rn1.id, month: '2025-01', summary: 'Not theirs to publish.' }, token()));
    });

  it('FORBIDDEN comes before the one-per-month rule: another trust publishing a month RN1 has is FORBIDDEN, not CONFLICT', async () => {
    const rn1 = await p.trust('RN1');
    await p.expectRefused('FORBIDDEN', () => p.publish({ trustId: rn1.id, month: '2026-02', summary: 'Again.' }, TRUST('RH1')));
  });
});
