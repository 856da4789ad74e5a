import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BuddyContract, Commissioner, DirectorAppointment, ImprovementDirector, LocalSystem } from '../../src/modules/entities';
import {
  ContractPageDocument, ImprovementDirectorsDocument, LocalSystemsDocument, type ContractFilter, type ContractPageQuery,
} from '../generated/graphql';
import { codeOf, regulator, sortedIds, useReadApi } from './read-api.helpers';

// The read API against expectations computed by hand from the demo rows: buddy contracts (order,
// pagination, filters) and the reference lists.

const { env, rows } = useReadApi();

describe('buddy contracts', () => {
  const list = async (filter: ContractFilter | null) => {
    const { body } = await env.api.request(ContractPageDocument, { filter, first: 500 }, regulator());
    expect(body.errors).toBeUndefined();
    return body.data!.buddyContracts;
  };
  const expectFilter = async (filter: ContractFilter, predicate: (c: BuddyContract) => boolean, nonEmpty = true) => {
    const expected = rows.contracts.filter(predicate);
    if (nonEmpty) expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
    const page = await list(filter);
    expect(sortedIds(page.nodes), JSON.stringify(filter)).toEqual(sortedIds(expected));
    expect(page.totalCount).toBe(expected.length);
  };

  it('are ordered by reference', async () => {
    const page = await list(null);
    expect(page.nodes.map((c) => c.reference)).toEqual(rows.contracts.map((c) => c.reference).sort());
  });

  it('walk page by page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i += 1) {
      const { body }: { body: { data?: ContractPageQuery | null } } = await env.api.request(ContractPageDocument, { first: 3, after }, regulator());
      seen.push(...body.data!.buddyContracts.nodes.map((c) => c.reference));
      if (!body.data!.buddyContracts.pageInfo.hasNextPage) break;
      after = body.data!.buddyContracts.pageInfo.endCursor!;
    }
    expect(seen).toEqual(rows.contracts.map((c) => c.reference).sort());
  });

  it('filter by status', async () => {
    const statuses = [...new Set(rows.contracts.map((c) => c.status))];
    expect(statuses.length).toBeGreaterThan(1);
    for (const status of ['DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED'] as const) {
      await expectFilter({ status }, (c) => c.status === status, false);
    }
  });

  it('filter by supported and partner trust', async () => {
    for (const contract of rows.contracts) {
      await expectFilter({ supportedTrustId: contract.supportedTrust.id }, (c) => c.supportedTrust.id === contract.supportedTrust.id);
      await expectFilter({ partnerTrustId: contract.partnerTrust.id }, (c) => c.partnerTrust.id === contract.partnerTrust.id);
    }
    await expectFilter({ supportedTrustId: randomUUID() }, () => false, false);
    await expectFilter({ partnerTrustId: 'not-an-id' }, () => false, false);
  });

  it("filter by contractingBody: the supported trust's oversight body", async () => {
    await expectFilter({ contractingBody: 'MONITOR' }, (c) => c.supportedTrust.type === 'FOUNDATION_TRUST');
    await expectFilter({ contractingBody: 'TDA' }, (c) => c.supportedTrust.type === 'NHS_TRUST');
    const page = await list(null);
    for (const node of page.nodes) {
      const row = rows.contracts.find((c) => c.id === node.id)!;
      expect(node.contractingBody).toBe(row.supportedTrust.type === 'FOUNDATION_TRUST' ? 'MONITOR' : 'TDA');
    }
  });

  it('refuses first outside 1..500 and a bad cursor', async () => {
    for (const variables of [{ first: 0 }, { first: 501 }, { first: 5, after: 'garbage' }]) {
      const { body } = await env.api.request(ContractPageDocument, variables, regulator());
      expect(codeOf(body), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('reference lists', () => {
  it('localSystems: each with its trusts and commissioners', async () => {
    const em = env.db.orm.em.fork();
    const systems = await em.find(LocalSystem, {});
    const commissioners = await em.find(Commissioner, {}, { populate: ['localSystem'] });
    const { body } = await env.api.request(LocalSystemsDocument, {});
    expect(body.errors).toBeUndefined();
    expect(sortedIds(body.data!.localSystems)).toEqual(sortedIds(systems));
    for (const system of body.data!.localSystems) {
      expect(sortedIds(system.trusts), system.code).toEqual(sortedIds(rows.trusts.filter((t) => t.localSystem.code === system.code)));
      expect(system.commissioners.map((c) => c.code).sort()).toEqual(commissioners.filter((c) => c.localSystem.code === system.code).map((c) => c.code).sort());
      for (const commissioner of system.commissioners) expect(commissioner.localSystem.code).toBe(system.code);
    }
  });

  it('improvementDirectors: each with its appointments, accountable to the body of every trust it is appointed to', async () => {
    const em = env.db.orm.em.fork();
    const directors = await em.find(ImprovementDirector, {});
    const appointments = await em.find(DirectorAppointment, {}, { populate: ['director', 'trust'] });
    const { body } = await env.api.request(ImprovementDirectorsDocument, {});
    expect(body.errors).toBeUndefined();
    expect(body.data!.improvementDirectors.map((d) => d.code).sort()).toEqual(directors.map((d) => d.code).sort());
    for (const director of body.data!.improvementDirectors) {
      const own = appointments.filter((a) => a.director.code === director.code);
      expect(director.appointments.map((a) => `${a.trust!.odsCode}:${a.startsOn}:${a.endsOn}`).sort(), director.code).toEqual(
        own.map((a) => `${a.trust.odsCode}:${a.startsOn}:${a.endsOn}`).sort(),
      );
      for (const appointment of own) expect(director.accountableTo).toBe(appointment.trust.type === 'FOUNDATION_TRUST' ? 'MONITOR' : 'TDA');
    }
  });
});
