import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Trust } from '../../src/modules/entities';
import { ContractPageDocument, TrustListingDocument } from '../generated/graphql';
import { pad } from '../support/dates';
import { useTestApi } from '../support/test-api';
import { byNameThenId, codeOf, regulator, trustPage, useReadApi } from './read-api.helpers';

// The read API against expectations computed by hand from the demo rows: the order of trusts and
// pagination (docs/domain.md#reading-conventions), on the demo data and on a database with more trusts than a default page.

const { env, rows, listTrusts } = useReadApi();

describe('trusts: order and pagination', () => {
  it('orders trusts by name, then id', async () => {
    const nodes = await listTrusts(null);
    expect(nodes.map((n) => n.id)).toEqual([...rows.trusts].sort(byNameThenId).map((t) => t.id));
  });

  it('gives 50 by default (all the demo trusts when fewer)', async () => {
    const { body } = await env.api.request(TrustListingDocument, {}, regulator());
    expect(body.data!.trusts.nodes.length).toBe(Math.min(50, rows.trusts.length));
    expect(body.data!.trusts.totalCount).toBe(rows.trusts.length);
  });

  it.each([0, -1, 501, 10_000])('refuses first: %i with BAD_USER_INPUT', async (first) => {
    const { body } = await env.api.request(TrustListingDocument, { first }, regulator());
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
  });

  it('accepts first: 1 and first: 500', async () => {
    const one = await env.api.request(TrustListingDocument, { first: 1 }, regulator());
    expect(one.body.data!.trusts.nodes).toHaveLength(1);
    expect(one.body.data!.trusts.pageInfo.hasNextPage).toBe(true);
    const max = await env.api.request(TrustListingDocument, { first: 500 }, regulator());
    expect(max.body.data!.trusts.nodes).toHaveLength(rows.trusts.length);
    expect(max.body.data!.trusts.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a cursor it did not give out with BAD_USER_INPUT', async () => {
    const contractCursor = (await env.api.request(ContractPageDocument, { first: 1 }, regulator())).body.data!.buddyContracts.pageInfo.endCursor!;
    for (const after of ['garbage', 'eyJub3QiOiJhIGN1cnNvciJ9', Buffer.from('[1,2]').toString('base64url'), contractCursor]) {
      const { body } = await env.api.request(TrustListingDocument, { first: 5, after }, regulator());
      expect(codeOf(body), after).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a forged cursor of the right shape with BAD_USER_INPUT, not an internal error', async () => {
    const forged = (values: string[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const values of [[rows.trusts[0].name, 'not-a-uuid'], ['a\u0000b', randomUUID()]]) {
      const { body } = await env.api.request(TrustListingDocument, { first: 5, after: forged(values) }, regulator());
      expect(codeOf(body), JSON.stringify(values)).toBe('BAD_USER_INPUT');
    }
    const { body } = await env.api.request(ContractPageDocument, { first: 5, after: forged(['BC\u0000']) }, regulator());
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
  });

  it('walks every trust exactly once, page by page, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const { nodes, pageInfo, totalCount } = await trustPage(env.api, 7, after);
      expect(totalCount).toBe(rows.trusts.length);
      seen.push(...nodes.map((n) => n.id));
      if (!pageInfo.hasNextPage) break;
      expect(nodes).toHaveLength(7);
      after = pageInfo.endCursor!;
    }
    expect(seen).toEqual([...rows.trusts].sort(byNameThenId).map((t) => t.id));
  });
});

describe('pagination beyond the demo size (a database of its own, with 45 more trusts, 15 sharing one name)', () => {
  const big = useTestApi();
  let expected: { id: string; name: string }[];
  beforeAll(async () => {
    const connection = big.db.orm.em.getConnection();
    const [system] = await connection.execute<{ id: string }[]>('select id from local_system order by code limit 1');
    for (let i = 0; i < 45; i += 1) {
      const name = i < 15 ? 'Twinned Name NHS Trust' : `Extra Test Hospital ${pad(i)} NHS Trust`;
      await connection.execute(
        `insert into trust (id, ods_code, name, type, sector, local_system_id) values (?, ?, ?, 'NHS_TRUST', 'ACUTE', ?)`,
        [randomUUID(), `ZX${pad(i)}`, name, system.id],
      );
    }
    expected = (await big.db.orm.em.fork().find(Trust, {})).map((t) => ({ id: t.id, name: t.name })).sort(byNameThenId);
  });

  it('gives 50 by default, with a next page', async () => {
    expect(expected.length).toBeGreaterThan(50);
    const { body } = await big.api.request(TrustListingDocument, {}, regulator());
    expect(body.data!.trusts.nodes.map((n) => n.id)).toEqual(expected.slice(0, 50).map((t) => t.id));
    expect(body.data!.trusts.pageInfo.hasNextPage).toBe(true);
    expect(body.data!.trusts.totalCount).toBe(expected.length);
  });

  it('walks every trust once, across runs of equal names, ordered by id within a name', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (; pages < 100; pages += 1) {
      const page = await trustPage(big.api, 4, after);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(expected.map((t) => t.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages + 1).toBe(Math.ceil(expected.length / 4));
  });
});
