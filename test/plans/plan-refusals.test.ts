import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PlanAction, PlanUpdate } from '../../src/modules/entities';
import { TEST_TODAY } from '../support/today';
import { plansWorld, TRUST } from './plans.helpers';

// The plan mutations' refusals, each with its code, each writing nothing (no row, no audit event):
// BAD_USER_INPUT for the shape of an input (a month as YYYY-MM, not in the future; a summary of 1
// to 5,000 characters; a title of 1 to 300), CONFLICT for a second update of a month and for a
// stale action version, sequential or raced. The order of docs/domain.md#how-access-behaves: NOT_FOUND, BAD_USER_INPUT, FORBIDDEN, CONFLICT.

const p = plansWorld();
const rn1 = () => p.trust('RN1');
const ok = <T extends { errors?: unknown }>(body: T) => expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();

describe('publishPlanUpdate: BAD_USER_INPUT', () => {
  it.each(['2026-3', '2026-13', '2026-00', '26-03', '2026/03', '2026-03-01', '', ' 2026-02', 'March 2026'])(
    'month "%s" is not YYYY-MM', async (month) => {
      const trustId = (await rn1()).id;
      await p.expectRefused('BAD_USER_INPUT', () => p.publish({ trustId, month, summary: 'Progress.' }, TRUST('RN1')));
    });

  it.each(['2026-04', '2026-12', '2027-01'])('month %s is in the future (today is 2026-03-18)', async (month) => {
    const trustId = (await rn1()).id;
    await p.expectRefused('BAD_USER_INPUT', () => p.publish({ trustId, month, summary: 'Progress.' }, TRUST('RN1')));
  });

  it.each([['empty', ''], ['blank', '   \n '], ['5,001 characters', 'x'.repeat(5001)]])('a summary %s is refused', async (_what, summary) => {
    const trustId = (await rn1()).id;
    await p.expectRefused('BAD_USER_INPUT', () => p.publish({ trustId, month: '2025-01', summary }, TRUST('RN1')));
  });

  it('summaries of 1 and of 5,000 characters are accepted', async () => {
    const trustId = (await rn1()).id;
    ok((await p.publish({ trustId, month: '2025-02', summary: 'x' }, TRUST('RN1'))).body);
    const { body } = await p.publish({ trustId, month: '2025-03', summary: 'y'.repeat(5000) }, TRUST('RN1'));
    ok(body);
    expect(body.data!.publishPlanUpdate.summary).toHaveLength(5000);
  });

  it('NOT_FOUND comes before the input (an unknown trust, a bad month); the input before FORBIDDEN (another trust, a bad month)', async () => {
    await p.expectRefused('NOT_FOUND', () => p.publish({ trustId: randomUUID(), month: '2026-13', summary: 'x' }, TRUST('RN1')));
    await p.expectRefused('BAD_USER_INPUT', async () => p.publish({ trustId: (await rn1()).id, month: '2026-13', summary: 'x' }, TRUST('RH1')));
    await p.expectRefused('BAD_USER_INPUT', async () => p.publish({ trustId: (await rn1()).id, month: '2026-04', summary: 'x' }, null));
  });
});

describe('addPlanAction: BAD_USER_INPUT', () => {
  const input = async (title: string) => ({ trustId: (await rn1()).id, title, keyQuestion: 'WELL_LED' as const, dueOn: '2026-12-31' });

  it.each([['empty', ''], ['blank', '  '], ['301 characters', 't'.repeat(301)], ['with a control character', 'Title\u0007']])(
    'a title %s is refused', async (_what, title) => {
      await p.expectRefused('BAD_USER_INPUT', async () => p.add(await input(title), TRUST('RN1')));
    });

  it('a title of 300 characters is accepted; a too long one from PUBLIC is BAD_USER_INPUT before FORBIDDEN', async () => {
    const { body } = await p.add(await input('t'.repeat(300)), TRUST('RN1'));
    ok(body);
    expect(body.data!.addPlanAction.title).toHaveLength(300);
    await p.expectRefused('BAD_USER_INPUT', async () => p.add(await input('t'.repeat(301)), null));
  });
});

describe('one update per month: CONFLICT', () => {
  it('a second update for the same month is CONFLICT and leaves the first as it was', async () => {
    const trustId = (await rn1()).id;
    const month = TEST_TODAY.slice(0, 7);
    const first = await p.publish({ trustId, month, summary: 'The first update for March.' }, TRUST('RN1'));
    ok(first.body);
    await p.expectRefused('CONFLICT', () => p.publish({ trustId, month, summary: 'A second update for March.' }, TRUST('RN1')));
    const rows = await p.em().find(PlanUpdate, { trust: trustId, month });
    expect(rows.map((u) => [u.id, u.summary])).toEqual([[first.body.data!.publishPlanUpdate.id, 'The first update for March.']]);
  });

  it('a month the demo already published (2026-02) is CONFLICT', async () => {
    const trustId = (await rn1()).id;
    await p.expectRefused('CONFLICT', () => p.publish({ trustId, month: '2026-02', summary: 'Again for February.' }, TRUST('RN1')));
  });

  it('eight updates for one month sent at once: one is published, seven are CONFLICT, one row and one audit event', async () => {
    const trustId = (await rn1()).id;
    const auditBefore = (await p.sql('select count(*)::int as n from audit_event'))[0].n as number;
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => p.publish({ trustId, month: '2024-06', summary: `Raced ${i}` }, TRUST('RN1'))));
    const codes = results.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect(await p.em().count(PlanUpdate, { trust: trustId, month: '2024-06' })).toBe(1);
    expect((await p.sql('select count(*)::int as n from audit_event'))[0].n).toBe(auditBefore + 1);
  });
});

describe('stale action version: CONFLICT', () => {
  it('the version read before a change is stale after it: CONFLICT, status and version unchanged', async () => {
    const action = await p.firstAction('RN1');
    const read = action.version;
    const first = await p.update({ actionId: action.id, status: 'AT_RISK', version: read }, TRUST('RN1'));
    ok(first.body);
    expect(first.body.data!.updatePlanAction.version).toBe(read + 1);
    await p.expectRefused('CONFLICT', () => p.update({ actionId: action.id, status: 'COMPLETE', version: read }, TRUST('RN1')));
    await p.expectRefused('CONFLICT', () => p.update({ actionId: action.id, status: 'COMPLETE', version: read + 5 }, TRUST('RN1')));
    const row = await p.em().findOneOrFail(PlanAction, { id: action.id });
    expect([row.status, row.version]).toEqual(['AT_RISK', read + 1]);
  });

  it('eight updates of one version sent at once: one wins, seven are CONFLICT, one audit event', async () => {
    const action = await p.firstAction('RN3');
    const others = (['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE'] as const).filter((s) => s !== action.status);
    const eventsBefore = (await p.eventsAbout(action.id)).length;
    const results = await Promise.all([...others, ...others].map((status) => p.update({ actionId: action.id, status, version: action.version }, TRUST('RN3'))));
    const winners = results.filter((r) => !r.body.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.body.errors).map((r) => r.body.errors![0].extensions?.code)).toEqual(Array(results.length - 1).fill('CONFLICT'));
    const row = await p.em().findOneOrFail(PlanAction, { id: action.id });
    expect([row.status, row.version]).toEqual([winners[0].body.data!.updatePlanAction.status, action.version + 1]);
    expect(await p.eventsAbout(action.id)).toHaveLength(eventsBefore + 1);
  });
});
