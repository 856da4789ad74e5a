import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BuddyContract, Commissioner, DirectorAppointment, ImprovementDirector, Inspection, LeadershipTenure, LocalSystem, SpecialMeasuresEpisode, Trust,
} from '../../src/modules/entities';
import {
  ContractPageDocument, ImprovementDirectorsDocument, LocalSystemsDocument, TrustDetailDocument, TrustEpisodesDocument, TrustListingDocument,
  type ContractFilter, type ContractPageQuery, type TrustFilter, type TrustListingQuery,
} from '../generated/graphql';
import { startApi, tokenFor, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_TODAY } from '../support/today';

// The read API against expectations computed by hand from the demo rows: order, pagination,
// every filter, and every derived fact of a trust.

type Node = TrustListingQuery['trusts']['nodes'][number];

let db: TestDatabase;
let api: TestApi;
const regulator = () => tokenFor('REGULATOR', 'CQC');

interface Rows {
  trusts: Trust[];
  inspections: Inspection[];
  episodes: SpecialMeasuresEpisode[];
  tenures: LeadershipTenure[];
  contracts: BuddyContract[];
}
let rows: Rows;

beforeAll(async () => {
  db = await createTestDatabase('demo');
  api = await startApi(db.orm);
  const em = db.orm.em.fork();
  rows = {
    trusts: await em.find(Trust, {}, { populate: ['localSystem'] }),
    inspections: await em.find(Inspection, {}),
    episodes: await em.find(SpecialMeasuresEpisode, {}),
    tenures: await em.find(LeadershipTenure, {}),
    contracts: await em.find(BuddyContract, {}, { populate: ['supportedTrust', 'partnerTrust'] }),
  };
});
afterAll(async () => {
  await api.stop();
  await db.drop();
});

// ---- the rules of domain.md, written again independently of src/ ----

const pad = (n: number) => String(n).padStart(2, '0');

/** date + months, clamped to the end of the target month. */
function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

const published = (i: Inspection) => i.publishedOn !== null && i.publishedOn <= TEST_TODAY;

function latestPublished(trust: Trust): Inspection | undefined {
  return rows.inspections
    .filter((i) => i.trust.id === trust.id && published(i))
    .sort((a, b) => (a.inspectedOn < b.inspectedOn ? 1 : a.inspectedOn > b.inspectedOn ? -1 : 0))[0];
}

function expectedFacts(trust: Trust) {
  const latest = latestPublished(trust);
  const currentRating = latest?.overall ?? null;
  const inSpecialMeasures = rows.episodes.some((e) => e.trust.id === trust.id && e.exitedOn === null);
  const others = latest ? [latest.safe, latest.effective, latest.caring, latest.responsive] : [];
  const yearAgo = plusMonths(TEST_TODAY, -12);
  const ceos = rows.tenures.filter(
    (t) => t.trust.id === trust.id && t.role === 'CHIEF_EXECUTIVE' && t.startedOn <= TEST_TODAY && (t.endedOn === null || t.endedOn >= yearAgo),
  );
  return {
    oversightBody: trust.type === 'FOUNDATION_TRUST' ? 'MONITOR' : 'TDA',
    currentRating,
    inSpecialMeasures,
    meetsSpecialMeasuresCriteria: latest !== undefined && latest.wellLed === 'INADEQUATE' && others.includes('INADEQUATE' as never),
    eligibleForFoundationStatus: trust.type === 'NHS_TRUST' && (currentRating === 'GOOD' || currentRating === 'OUTSTANDING') && !inSpecialMeasures,
    chiefExecutivesInLast12Months: new Set(ceos.map((t) => t.name)).size,
  };
}

const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const sortedIds = (list: { id: string }[]) => list.map((x) => x.id).sort();

async function listTrusts(filter: TrustFilter | null, token: string | null = regulator()): Promise<Node[]> {
  const { body } = await api.request(TrustListingDocument, { filter, first: 500 }, token);
  expect(body.errors).toBeUndefined();
  expect(body.data!.trusts.totalCount).toBe(body.data!.trusts.nodes.length);
  return body.data!.trusts.nodes;
}

/** One page of trusts as REGULATOR, without errors. */
async function trustPage(on: TestApi, first: number, after: string | null): Promise<TrustListingQuery['trusts']> {
  const { body } = await on.request(TrustListingDocument, { first, after }, regulator());
  expect(body.errors).toBeUndefined();
  return body.data!.trusts;
}

const codeOf = (body: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;

describe('trusts: order and pagination', () => {
  it('orders trusts by name, then id', async () => {
    const nodes = await listTrusts(null);
    expect(nodes.map((n) => n.id)).toEqual([...rows.trusts].sort(byNameThenId).map((t) => t.id));
  });

  it('gives 50 by default (all the demo trusts when fewer)', async () => {
    const { body } = await api.request(TrustListingDocument, {}, regulator());
    expect(body.data!.trusts.nodes.length).toBe(Math.min(50, rows.trusts.length));
    expect(body.data!.trusts.totalCount).toBe(rows.trusts.length);
  });

  it.each([0, -1, 501, 10_000])('refuses first: %i with BAD_USER_INPUT', async (first) => {
    const { body } = await api.request(TrustListingDocument, { first }, regulator());
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
  });

  it('accepts first: 1 and first: 500', async () => {
    const one = await api.request(TrustListingDocument, { first: 1 }, regulator());
    expect(one.body.data!.trusts.nodes).toHaveLength(1);
    expect(one.body.data!.trusts.pageInfo.hasNextPage).toBe(true);
    const max = await api.request(TrustListingDocument, { first: 500 }, regulator());
    expect(max.body.data!.trusts.nodes).toHaveLength(rows.trusts.length);
    expect(max.body.data!.trusts.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a cursor it did not give out with BAD_USER_INPUT', async () => {
    const contractCursor = (await api.request(ContractPageDocument, { first: 1 }, regulator())).body.data!.buddyContracts.pageInfo.endCursor!;
    for (const after of ['garbage', 'eyJub3QiOiJhIGN1cnNvciJ9', Buffer.from('[1,2]').toString('base64url'), contractCursor]) {
      const { body } = await api.request(TrustListingDocument, { first: 5, after }, regulator());
      expect(codeOf(body), after).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a forged cursor of the right shape with BAD_USER_INPUT, not an internal error', async () => {
    const forged = (values: string[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const values of [[rows.trusts[0].name, 'not-a-uuid'], ['a\u0000b', randomUUID()]]) {
      const { body } = await api.request(TrustListingDocument, { first: 5, after: forged(values) }, regulator());
      expect(codeOf(body), JSON.stringify(values)).toBe('BAD_USER_INPUT');
    }
    const { body } = await api.request(ContractPageDocument, { first: 5, after: forged(['BC\u0000']) }, regulator());
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
  });

  it('walks every trust exactly once, page by page, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const { nodes, pageInfo, totalCount } = await trustPage(api, 7, after);
      expect(totalCount).toBe(rows.trusts.length);
      seen.push(...nodes.map((n) => n.id));
      if (!pageInfo.hasNextPage) break;
      expect(nodes).toHaveLength(7);
      after = pageInfo.endCursor!;
    }
    expect(seen).toEqual([...rows.trusts].sort(byNameThenId).map((t) => t.id));
  });
});

describe('trusts: every filter', () => {
  const expectFilter = async (filter: TrustFilter, predicate: (t: Trust) => boolean, { nonEmpty = true } = {}) => {
    const expected = rows.trusts.filter(predicate);
    if (nonEmpty) expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
    const nodes = await listTrusts(filter);
    expect(sortedIds(nodes), JSON.stringify(filter)).toEqual(sortedIds(expected));
    return nodes;
  };

  it.each([true, false])('inSpecialMeasures: %s', async (value) => {
    const nodes = await expectFilter({ inSpecialMeasures: value }, (t) => expectedFacts(t).inSpecialMeasures === value);
    for (const node of nodes) expect(node.inSpecialMeasures).toBe(value);
  });

  it.each(['NHS_TRUST', 'FOUNDATION_TRUST'] as const)('type: %s', async (type) => {
    await expectFilter({ type }, (t) => t.type === type);
  });

  it.each(['ACUTE', 'MENTAL_HEALTH', 'COMMUNITY', 'AMBULANCE'] as const)('sector: %s', async (sector) => {
    await expectFilter({ sector }, (t) => t.sector === sector);
  });

  it('localSystemCode: each system, an unknown one, a malformed one', async () => {
    const codes = [...new Set(rows.trusts.map((t) => t.localSystem.code))];
    expect(codes.length).toBeGreaterThan(1);
    for (const code of codes) await expectFilter({ localSystemCode: code }, (t) => t.localSystem.code === code);
    await expectFilter({ localSystemCode: 'NOSUCHSYS' }, () => false, { nonEmpty: false });
    const { body } = await api.request(TrustListingDocument, { filter: { localSystemCode: 'not a code' } }, regulator());
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
  });

  it('oversightBody: MONITOR is exactly the foundation trusts, TDA the NHS trusts', async () => {
    const monitor = await expectFilter({ oversightBody: 'MONITOR' }, (t) => t.type === 'FOUNDATION_TRUST');
    for (const node of monitor) expect([node.type, node.oversightBody]).toEqual(['FOUNDATION_TRUST', 'MONITOR']);
    const tda = await expectFilter({ oversightBody: 'TDA' }, (t) => t.type === 'NHS_TRUST');
    for (const node of tda) expect([node.type, node.oversightBody]).toEqual(['NHS_TRUST', 'TDA']);
  });

  it.each(['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'] as const)('currentRating: %s (latest published inspection)', async (rating) => {
    const nodes = await expectFilter({ currentRating: rating }, (t) => expectedFacts(t).currentRating === rating);
    for (const node of nodes) expect(node.currentRating).toBe(rating);
  });

  it('nameContains: case-insensitive substring, with % and _ taken literally', async () => {
    const word = rows.trusts[0].name.split(' ')[0];
    await expectFilter({ nameContains: word.toUpperCase() }, (t) => t.name.toLowerCase().includes(word.toLowerCase()));
    await expectFilter({ nameContains: 'nhs foundation' }, (t) => t.name.toLowerCase().includes('nhs foundation'));
    await expectFilter({ nameContains: '%' }, (t) => t.name.includes('%'), { nonEmpty: false });
    await expectFilter({ nameContains: '_' }, (t) => t.name.includes('_'), { nonEmpty: false });
  });

  it('refuses a nameContains that is empty or holds a NUL character with BAD_USER_INPUT', async () => {
    for (const nameContains of ['', 'North\u0000mere']) {
      const { body } = await api.request(TrustListingDocument, { filter: { nameContains } }, regulator());
      expect(codeOf(body), JSON.stringify(nameContains)).toBe('BAD_USER_INPUT');
    }
  });

  it('combines filters with AND', async () => {
    await expectFilter(
      { type: 'FOUNDATION_TRUST', inSpecialMeasures: true },
      (t) => t.type === 'FOUNDATION_TRUST' && expectedFacts(t).inSpecialMeasures,
    );
  });
});

describe('trust(id, odsCode)', () => {
  it('finds a trust by either', async () => {
    const trust = rows.trusts[0];
    const byOds = await api.request(TrustDetailDocument, { odsCode: trust.odsCode });
    const byId = await api.request(TrustDetailDocument, { id: trust.id });
    expect(byOds.body.data!.trust!.id).toBe(trust.id);
    expect(byId.body.data!.trust!.odsCode).toBe(trust.odsCode);
  });

  it('refuses both or neither with BAD_USER_INPUT', async () => {
    const trust = rows.trusts[0];
    expect(codeOf((await api.request(TrustDetailDocument, { id: trust.id, odsCode: trust.odsCode })).body)).toBe('BAD_USER_INPUT');
    expect(codeOf((await api.request(TrustDetailDocument, {})).body)).toBe('BAD_USER_INPUT');
  });

  it('answers null for an unknown trust', async () => {
    for (const variables of [{ odsCode: 'RZZ' }, { id: randomUUID() }, { id: 'not-a-uuid' }]) {
      const { body } = await api.request(TrustDetailDocument, variables);
      expect(body.errors, JSON.stringify(variables)).toBeUndefined();
      expect(body.data!.trust, JSON.stringify(variables)).toBeNull();
    }
  });
});

describe('derived facts, computed by hand from the rows', () => {
  let nodes: Node[];
  beforeAll(async () => {
    nodes = await listTrusts(null, null);
  });

  it('every trust: oversightBody, currentRating, inSpecialMeasures, meetsSpecialMeasuresCriteria, eligibleForFoundationStatus, chiefExecutivesInLast12Months', () => {
    for (const node of nodes) {
      const trust = rows.trusts.find((t) => t.id === node.id)!;
      expect(
        {
          oversightBody: node.oversightBody, currentRating: node.currentRating, inSpecialMeasures: node.inSpecialMeasures,
          meetsSpecialMeasuresCriteria: node.meetsSpecialMeasuresCriteria, eligibleForFoundationStatus: node.eligibleForFoundationStatus,
          chiefExecutivesInLast12Months: node.chiefExecutivesInLast12Months,
        },
        trust.odsCode,
      ).toEqual(expectedFacts(trust));
    }
  });

  it('the facts are not vacuous on the demo data', () => {
    const facts = rows.trusts.map(expectedFacts);
    expect(facts.some((f) => f.meetsSpecialMeasuresCriteria)).toBe(true);
    expect(facts.some((f) => !f.meetsSpecialMeasuresCriteria)).toBe(true);
    expect(facts.some((f) => !f.eligibleForFoundationStatus && f.currentRating === 'GOOD')).toBe(true);
    expect(facts.some((f) => f.eligibleForFoundationStatus)).toBe(true);
    expect(facts.some((f) => f.inSpecialMeasures)).toBe(true);
    expect(facts.some((f) => f.currentRating === null) || rows.inspections.some((i) => !published(i))).toBe(true);
  });

  it('currentRating ignores unpublished (or scheduled) inspections that are newer than the latest published one', () => {
    const shadowed = rows.trusts.filter((t) => {
      const latest = latestPublished(t);
      return rows.inspections.some((i) => i.trust.id === t.id && !published(i) && (!latest || i.inspectedOn > latest.inspectedOn) && i.overall !== latest?.overall);
    });
    expect(shadowed.length, 'the demo has an unpublished newer inspection with another rating').toBeGreaterThan(0);
    for (const trust of shadowed) {
      expect(nodes.find((n) => n.id === trust.id)!.currentRating).toBe(latestPublished(trust)?.overall ?? null);
    }
  });

  it('counts three chief executives in the last 12 months for the trust that had three, interims included', () => {
    const three = rows.trusts.filter((t) => expectedFacts(t).chiefExecutivesInLast12Months === 3);
    expect(three.length).toBeGreaterThan(0);
    for (const trust of three) expect(nodes.find((n) => n.id === trust.id)!.chiefExecutivesInLast12Months).toBe(3);
    expect(rows.tenures.some((t) => three.some((x) => x.id === t.trust.id) && t.role === 'CHIEF_EXECUTIVE' && t.interim)).toBe(true);
  });

  it('autonomySuspended only for a foundation trust in special measures', () => {
    const suspended = nodes.filter((n) => n.autonomySuspended);
    expect(suspended.length).toBeGreaterThan(0);
    for (const node of suspended) expect([node.type, node.inSpecialMeasures]).toEqual(['FOUNDATION_TRUST', true]);
  });

  it('reinspectionDueOn = placedOn + 12 months + 6 per extension, clamped to the month end', async () => {
    const { body } = await api.request(TrustEpisodesDocument, {});
    expect(body.errors).toBeUndefined();
    const episodes = body.data!.trusts.nodes.flatMap((t) => t.specialMeasuresEpisodes);
    expect(episodes.length).toBe(rows.episodes.length);
    expect(episodes.some((e) => e.extensions > 0)).toBe(true);
    for (const episode of episodes) {
      const row = rows.episodes.find((e) => e.id === episode.id)!;
      expect(episode.extensions).toBe(row.extensions);
      expect(episode.reinspectionDueOn, episode.id).toBe(plusMonths(row.placedOn, 12 + 6 * row.extensions));
      expect(episode.active).toBe(row.exitedOn === null);
    }
  });
});

describe('buddy contracts', () => {
  const list = async (filter: ContractFilter | null) => {
    const { body } = await api.request(ContractPageDocument, { filter, first: 500 }, regulator());
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
      const { body }: { body: { data?: ContractPageQuery | null } } = await api.request(ContractPageDocument, { first: 3, after }, regulator());
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
      const { body } = await api.request(ContractPageDocument, variables, regulator());
      expect(codeOf(body), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('reference lists', () => {
  it('localSystems: each with its trusts and commissioners', async () => {
    const em = db.orm.em.fork();
    const systems = await em.find(LocalSystem, {});
    const commissioners = await em.find(Commissioner, {}, { populate: ['localSystem'] });
    const { body } = await api.request(LocalSystemsDocument, {});
    expect(body.errors).toBeUndefined();
    expect(sortedIds(body.data!.localSystems)).toEqual(sortedIds(systems));
    for (const system of body.data!.localSystems) {
      expect(sortedIds(system.trusts), system.code).toEqual(sortedIds(rows.trusts.filter((t) => t.localSystem.code === system.code)));
      expect(system.commissioners.map((c) => c.code).sort()).toEqual(commissioners.filter((c) => c.localSystem.code === system.code).map((c) => c.code).sort());
      for (const commissioner of system.commissioners) expect(commissioner.localSystem.code).toBe(system.code);
    }
  });

  it('improvementDirectors: each with its appointments, accountable to the body of every trust it is appointed to', async () => {
    const em = db.orm.em.fork();
    const directors = await em.find(ImprovementDirector, {});
    const appointments = await em.find(DirectorAppointment, {}, { populate: ['director', 'trust'] });
    const { body } = await api.request(ImprovementDirectorsDocument, {});
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

describe('pagination beyond the demo size (a database of its own, with 45 more trusts, 15 sharing one name)', () => {
  let big: TestDatabase;
  let bigApi: TestApi;
  let expected: { id: string; name: string }[];
  beforeAll(async () => {
    big = await createTestDatabase('demo');
    bigApi = await startApi(big.orm);
    const connection = big.orm.em.getConnection();
    const [system] = await connection.execute<{ id: string }[]>('select id from local_system order by code limit 1');
    for (let i = 0; i < 45; i += 1) {
      const name = i < 15 ? 'Twinned Name NHS Trust' : `Extra Test Hospital ${pad(i)} NHS Trust`;
      await connection.execute(
        `insert into trust (id, ods_code, name, type, sector, local_system_id) values (?, ?, ?, 'NHS_TRUST', 'ACUTE', ?)`,
        [randomUUID(), `ZX${pad(i)}`, name, system.id],
      );
    }
    expected = (await big.orm.em.fork().find(Trust, {})).map((t) => ({ id: t.id, name: t.name })).sort(byNameThenId);
  });
  afterAll(async () => {
    await bigApi.stop();
    await big.drop();
  });

  it('gives 50 by default, with a next page', async () => {
    expect(expected.length).toBeGreaterThan(50);
    const { body } = await bigApi.request(TrustListingDocument, {}, regulator());
    expect(body.data!.trusts.nodes.map((n) => n.id)).toEqual(expected.slice(0, 50).map((t) => t.id));
    expect(body.data!.trusts.pageInfo.hasNextPage).toBe(true);
    expect(body.data!.trusts.totalCount).toBe(expected.length);
  });

  it('walks every trust once, across runs of equal names, ordered by id within a name', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (; pages < 100; pages += 1) {
      const page = await trustPage(bigApi, 4, after);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(expected.map((t) => t.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages + 1).toBe(Math.ceil(expected.length / 4));
  });
});
