import { beforeAll, expect } from 'vitest';
import { BuddyContract, Inspection, LeadershipTenure, SpecialMeasuresEpisode, Trust } from '../../src/modules/entities';
import { TrustListingDocument, type TrustFilter, type TrustListingQuery } from '../generated/graphql';
import { tokenFor, type TestApi } from '../support/api';
import { plusMonths } from '../support/dates';
import { useTestApi, type TestEnvironment } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// The read API against expectations computed by hand from the demo rows: order, pagination,
// every filter, and every derived fact of a trust. The read-api-* test files share these helpers.

export type Node = TrustListingQuery['trusts']['nodes'][number];

export const regulator = () => tokenFor('REGULATOR', 'CQC');

export interface Rows {
  trusts: Trust[];
  inspections: Inspection[];
  episodes: SpecialMeasuresEpisode[];
  tenures: LeadershipTenure[];
  contracts: BuddyContract[];
}

// ---- the rules of docs/domain.md#who-reads-what and docs/domain.md#derived-facts, written again independently of src/ ----

export const published = (i: Inspection) => i.publishedOn !== null && i.publishedOn <= TEST_TODAY;

export const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
export const sortedIds = (list: { id: string }[]) => list.map((x) => x.id).sort();

/** One page of trusts as REGULATOR, without errors. */
export async function trustPage(on: TestApi, first: number, after: string | null): Promise<TrustListingQuery['trusts']> {
  const { body } = await on.request(TrustListingDocument, { first, after }, regulator());
  expect(body.errors).toBeUndefined();
  return body.data!.trusts;
}

export const codeOf = (body: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;

export interface ReadApi {
  env: TestEnvironment;
  /** Filled in by the beforeAll this registers. */
  rows: Rows;
  latestPublished(trust: Trust): Inspection | undefined;
  expectedFacts(trust: Trust): ReturnType<typeof factsOf>;
  listTrusts(filter: TrustFilter | null, token?: string | null): Promise<Node[]>;
}

function latestPublishedIn(rows: Rows, trust: Trust): Inspection | undefined {
  return rows.inspections
    .filter((i) => i.trust.id === trust.id && published(i))
    .sort((a, b) => (a.inspectedOn < b.inspectedOn ? 1 : a.inspectedOn > b.inspectedOn ? -1 : 0))[0];
}

function factsOf(rows: Rows, trust: Trust) {
  const latest = latestPublishedIn(rows, trust);
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

/** The server over the demo data, and the demo rows every expectation is computed from. */
export function useReadApi(): ReadApi {
  const env = useTestApi();
  const rows = {} as Rows;
  beforeAll(async () => {
    const em = env.db.orm.em.fork();
    Object.assign(rows, {
      trusts: await em.find(Trust, {}, { populate: ['localSystem'] }),
      inspections: await em.find(Inspection, {}),
      episodes: await em.find(SpecialMeasuresEpisode, {}),
      tenures: await em.find(LeadershipTenure, {}),
      contracts: await em.find(BuddyContract, {}, { populate: ['supportedTrust', 'partnerTrust'] }),
    } satisfies Rows);
  });

  async function listTrusts(filter: TrustFilter | null, token: string | null = regulator()): Promise<Node[]> {
    const { body } = await env.api.request(TrustListingDocument, { filter, first: 500 }, token);
    expect(body.errors).toBeUndefined();
    expect(body.data!.trusts.totalCount).toBe(body.data!.trusts.nodes.length);
    return body.data!.trusts.nodes;
  }

  return {
    env,
    rows,
    latestPublished: (trust) => latestPublishedIn(rows, trust),
    expectedFacts: (trust) => factsOf(rows, trust),
    listTrusts,
  };
}
