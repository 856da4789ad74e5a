import type { EntityClass } from '@mikro-orm/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessFilter } from '../../src/auth/access-filter';
import { execute } from '../../src/db/sql/execute';
import { Sql, sql } from '../../src/db/sql/sql';
import { readFilters } from '../../src/read/filters';
import { Role } from '../../src/common/enums';
import { entitiesByName, type BuddyContract, type SubjectName, type Trust } from '../../src/modules/entities';
import { makeRuleExercisingChanges } from '../fixtures/rule-exercising-changes';
import { TrustPageDocument, ContractPageDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { ALL_PRINCIPALS, contextFor } from '../support/principals';
import { rowAccessByRules } from '../support/row-access';
import { useTestApi } from '../support/test-api';

// The property of the access pipeline: for every role and every entity, the rows a list returns
// (the SQL filter built from the ability, as the read engine renders it) are exactly the rows the ability allows one by one. On
// the demo data plus changes made through the API (test/fixtures/rule-exercising-changes.ts), so
// that each rule with conditions has rows it allows and rows it denies, for every principal.

const env = useTestApi();
beforeAll(() => makeRuleExercisingChanges(env));

const subjects = Object.keys(entitiesByName) as SubjectName[];
const sortedIds = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe.each(ALL_PRINCIPALS.map((p) => [`${p.role} ${p.org ?? ''}`, p] as const))('%s', (_name, p) => {
  it.each(subjects)('%s: the SQL filter returns exactly the rows ability.can reads, all, some or none as the rules say', async (subject) => {
    const ctx = await contextFor(env.db.orm, p);
    const entity = entitiesByName[subject] as EntityClass<{ id: string }>;
    const everyRow = await env.db.orm.em.fork().find(entity, {});
    const allowed = sortedIds(everyRow.filter((row) => ctx.ability.can('read', row)));
    // The filter as the read engine renders it (src/read/filters.ts), run as it runs it.
    const em = env.db.orm.em.fork();
    const table = em.getMetadata().get(subject).tableName;
    const where = readFilters(em.getMetadata())(subject, accessFilter(ctx.ability, 'read', subject), 't');
    const listed = sortedIds(await execute<{ id: string }>(em, sql`select t.id from ${Sql.raw(`"${table}"`)} t where ${where}`));
    expect(listed).toEqual(allowed);

    // The data must exercise the rules: a rule with conditions allows some rows and denies others.
    expect(everyRow.length, `${subject} has rows`).toBeGreaterThan(0);
    const access = rowAccessByRules(ctx.ability, 'read', subject);
    if (access === 'all') expect(allowed).toHaveLength(everyRow.length);
    if (access === 'none') expect(allowed).toEqual([]);
    if (access === 'some') {
      expect(allowed.length, 'some rows allowed').toBeGreaterThan(0);
      expect(allowed.length, 'some rows denied').toBeLessThan(everyRow.length);
    }
  });

  it('the trusts and buddyContracts queries list exactly the rows ability.can reads', async () => {
    const ctx = await contextFor(env.db.orm, p);
    const token = p.role === Role.PUBLIC ? null : tokenFor(p.role, p.org);
    const em = env.db.orm.em.fork();
    const trusts = await env.api.request(TrustPageDocument, { first: 500 }, token);
    expect(trusts.body.errors).toBeUndefined();
    const trustIds = trusts.body.data!.trusts.nodes.map((t) => t.id).sort();
    expect(trustIds).toEqual(sortedIds((await em.find(entitiesByName.Trust, {})).filter((t) => ctx.ability.can('read', t))));
    expect(trusts.body.data!.trusts.totalCount).toBe(trustIds.length);

    const contracts = await env.api.request(ContractPageDocument, { first: 500 }, token);
    const contractIds = contracts.body.data!.buddyContracts.nodes.map((c) => c.id).sort();
    expect(contractIds).toEqual(sortedIds((await em.find(entitiesByName.BuddyContract, {})).filter((c) => ctx.ability.can('read', c))));
  });
});

describe('the property is not vacuous', () => {
  it('every principal has entities it reads only in part, except those who read everything', async () => {
    for (const p of ALL_PRINCIPALS) {
      const ctx = await contextFor(env.db.orm, p);
      const partial = subjects.filter((subject) => rowAccessByRules(ctx.ability, 'read', subject) === 'some');
      const readsAll = p.role === Role.REGULATOR || p.role === Role.OVERSIGHT;
      expect(partial.length > 0, `${p.role} ${p.org}: ${partial.join(', ')}`).toBe(!readsAll);
    }
  });

  it('each role sees a different, non-empty share of trusts and contracts', async () => {
    const counts = new Map<string, [number, number]>();
    for (const p of ALL_PRINCIPALS) {
      const ctx = await contextFor(env.db.orm, p);
      const em = env.db.orm.em.fork();
      counts.set(`${p.role}:${p.org}`, [
        await em.count(entitiesByName.Trust, accessFilter<Trust>(ctx.ability, 'read', 'Trust')),
        await em.count(entitiesByName.BuddyContract, accessFilter<BuddyContract>(ctx.ability, 'read', 'BuddyContract')),
      ]);
    }
    const [allTrusts, allContracts] = counts.get('REGULATOR:CQC')!;
    expect(allTrusts).toBeGreaterThanOrEqual(25);
    expect(counts.get('PUBLIC:null')).toEqual([allTrusts, 0]);
    const [systemTrusts, systemContracts] = [...counts].find(([key]) => key.startsWith('COMMISSIONER'))![1];
    expect(systemTrusts).toBeGreaterThan(0);
    expect(systemTrusts).toBeLessThan(allTrusts);
    expect(systemContracts).toBeLessThan(allContracts);
    const [, trustContracts] = counts.get('TRUST:RN1')!;
    expect(trustContracts).toBeGreaterThan(0);
    expect(trustContracts).toBeLessThan(allContracts);
  });
});
