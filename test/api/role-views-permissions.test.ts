import { describe, expect, it } from 'vitest';
import { TrustType } from '../../src/common/enums';
import { SpecialMeasuresEpisode } from '../../src/modules/entities';
import { CanIDocument, MyPermissionsDocument } from '../generated/graphql';
import { as, useRoleViews } from './role-views.helpers';

// myPermissions and canI: each role's rules, and per-row answers with the rule in words. The
// shared setup and helpers are in role-views.helpers.ts.

const { env, rows, contractsOf } = useRoleViews();

describe('myPermissions and canI', () => {
  it('PUBLIC may only read, and no rule lets it read contracts', async () => {
    const { body } = await env.api.request(MyPermissionsDocument, {});
    const rules = body.data!.myPermissions;
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((r) => !r.inverted).every((r) => r.action === 'read')).toBe(true);
    expect(rules.some((r) => r.action === 'read' && r.subject === 'Trust' && !r.inverted)).toBe(true);
    expect(rules.some((r) => r.subject === 'BuddyContract' && !r.inverted)).toBe(false);
    const decision = await env.api.request(CanIDocument, { action: 'read', subject: 'BuddyContract' });
    expect(decision.body.data!.canI.allowed).toBe(false);
  });

  it('REGULATOR may create inspections; TRUST may not', async () => {
    const regulator = await env.api.request(MyPermissionsDocument, {}, as('REGULATOR', 'CQC'));
    expect(regulator.body.data!.myPermissions.some((r) => r.action === 'create' && r.subject === 'Inspection' && !r.inverted)).toBe(true);
    expect((await env.api.request(CanIDocument, { action: 'create', subject: 'Inspection' }, as('REGULATOR', 'CQC'))).body.data!.canI.allowed).toBe(true);
    expect((await env.api.request(CanIDocument, { action: 'create', subject: 'Inspection' }, as('TRUST', 'RN1'))).body.data!.canI.allowed).toBe(false);
  });

  it("updating a foundation trust's episode: allowed for OVERSIGHT MONITOR, refused for TDA, with the rule in words", async () => {
    const em = env.db.orm.em.fork();
    const episode = await em.findOneOrFail(SpecialMeasuresEpisode, { trust: { type: TrustType.FOUNDATION_TRUST } }, { populate: ['trust'] });
    const variables = { action: 'update', subject: 'SpecialMeasuresEpisode', id: episode.id };

    const monitor = (await env.api.request(CanIDocument, variables, as('OVERSIGHT', 'MONITOR'))).body.data!.canI;
    expect(monitor.allowed).toBe(true);
    expect(monitor.reason).toMatch(/OVERSIGHT/);
    expect(monitor.reason).toMatch(/update/);
    expect(monitor.reason).toMatch(/SpecialMeasuresEpisode/);

    const tda = (await env.api.request(CanIDocument, variables, as('OVERSIGHT', 'TDA'))).body.data!.canI;
    expect(tda.allowed).toBe(false);
    expect(tda.reason).toMatch(/OVERSIGHT/);
    expect(tda.reason).toMatch(/update/);
  });

  it('answers per row: TRUST RN1 may read its own contract, not another', async () => {
    const mine = contractsOf(rows.byOds('RN1'))[0];
    const other = rows.contracts.find((c) => !contractsOf(rows.byOds('RN1')).includes(c))!;
    const token = as('TRUST', 'RN1');
    expect((await env.api.request(CanIDocument, { action: 'read', subject: 'BuddyContract', id: mine.id }, token)).body.data!.canI.allowed).toBe(true);
    const refused = (await env.api.request(CanIDocument, { action: 'read', subject: 'BuddyContract', id: other.id }, token)).body.data!.canI;
    expect(refused.allowed).toBe(false);
    expect(refused.reason.length).toBeGreaterThan(0);
  });

  it('refuses an unknown action or subject with BAD_USER_INPUT', async () => {
    const action = await env.api.request(CanIDocument, { action: 'delete', subject: 'Trust' });
    expect(action.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const subject = await env.api.request(CanIDocument, { action: 'read', subject: 'Nothing' });
    expect(subject.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each(['constructor', 'toString', '__proto__'])('refuses subject %j (not a type name, though every object has it) with BAD_USER_INPUT', async (subject) => {
    for (const id of [undefined, rows.trusts[0].id]) {
      const { body } = await env.api.request(CanIDocument, { action: 'read', subject, id });
      expect(body.errors?.map((e) => e.extensions?.code), `id ${id}`).toEqual(['BAD_USER_INPUT']);
    }
  });
});
