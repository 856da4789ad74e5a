import type { FormattedExecutionResult } from 'graphql';
import { beforeAll, expect } from 'vitest';
import { addDays } from '../../src/clock';
import { InspectionRecommendation, Rating } from '../../src/common/enums';
import { BuddyContract, Inspection, LeadershipReview, Trust } from '../../src/modules/entities';
import { tokenFor } from '../support/api';
import { useTestApi, type TestEnvironment } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// What each role sees over HTTP, as docs/domain.md#who-reads-what says: everything it may, and
// nothing more. Absent rows are null (or missing from lists); restricted fields are null with a
// FORBIDDEN error at their path, and the rest of the response is unaffected. The role-views-*
// test files share this setup: the demo data, plus an unpublished inspection of RN1 and of RH1.

/** The demo rows every expectation is computed from. */
export interface Rows {
  trusts: Trust[];
  contracts: BuddyContract[];
  inspections: Inspection[];
  reviews: LeadershipReview[];
  byOds: (ods: string) => Trust;
}

export const isPublished = (i: Inspection) => i.publishedOn !== null && i.publishedOn <= TEST_TODAY;
export const ids = (list: { id: string }[]) => list.map((row) => row.id).sort();
export const MONEY = ['reimbursementCap', 'incentiveFund', 'incentiveApproved', 'incentivePaid', 'reimbursed'] as const;

/** The paths of the FORBIDDEN errors of a response, sorted; any other error fails the test. */
export function forbiddenPaths(body: FormattedExecutionResult<unknown>): string[] {
  const errors = body.errors ?? [];
  expect(errors.filter((e) => e.extensions?.code !== 'FORBIDDEN')).toEqual([]);
  return errors.map((e) => (e.path ?? []).join('.')).sort();
}

export const as = (role: string, org: string) => tokenFor(role, org);

export interface RoleViews {
  env: TestEnvironment;
  /** Filled in by the beforeAll this registers. */
  rows: Rows;
  contractsOf(trust: Trust): BuddyContract[];
  unpublishedOf(trust: Trust): Inspection[];
  reviewsOf(trust: Trust): LeadershipReview[];
  /** A trust other than `except` with a forecast, a leadership review and a contract: something to hide. */
  anotherTrustWithSecrets(except: string[]): Trust;
}

/** The server over the demo data with the two unpublished inspections, and the rows as they then are. */
export function useRoleViews(): RoleViews {
  const env = useTestApi();
  const rows = {} as Rows;

  beforeAll(async () => {
    const em = env.db.orm.em.fork();
    // RN1 gets an unpublished inspection of its own (inspected, report not out yet), and another
    // trust one too, so that who reads unpublished inspections is tested whatever the demo holds.
    for (const ods of ['RN1', 'RH1']) {
      const trust = await em.findOneOrFail(Trust, { odsCode: ods });
      em.create(Inspection, {
        trust, inspectedOn: addDays(TEST_TODAY, -5), publishedOn: null, overall: Rating.REQUIRES_IMPROVEMENT, safe: Rating.REQUIRES_IMPROVEMENT,
        effective: Rating.GOOD, caring: Rating.GOOD, responsive: Rating.GOOD, wellLed: Rating.REQUIRES_IMPROVEMENT,
        recommendation: InspectionRecommendation.NONE, summary: 'Draft report: not yet published.',
      });
    }
    await em.flush();
    const read = env.db.orm.em.fork();
    const trusts = await read.find(Trust, {}, { populate: ['localSystem'] });
    Object.assign(rows, {
      trusts,
      contracts: await read.find(BuddyContract, {}),
      inspections: await read.find(Inspection, {}),
      reviews: await read.find(LeadershipReview, {}),
      byOds: (ods: string) => trusts.find((t) => t.odsCode === ods)!,
    } satisfies Rows);
  });

  const contractsOf = (trust: Trust) => rows.contracts.filter((c) => c.supportedTrust.id === trust.id || c.partnerTrust.id === trust.id);
  const unpublishedOf = (trust: Trust) => rows.inspections.filter((i) => i.trust.id === trust.id && !isPublished(i));
  const reviewsOf = (trust: Trust) => rows.reviews.filter((r) => r.trust.id === trust.id);

  function anotherTrustWithSecrets(except: string[]): Trust {
    const trust = rows.trusts.find((t) => !except.includes(t.odsCode) && t.financialForecast !== null && reviewsOf(t).length > 0 && contractsOf(t).length > 0);
    expect(trust, 'the demo data has another trust with a forecast, a review and a contract').toBeDefined();
    return trust!;
  }

  return { env, rows, contractsOf, unpublishedOf, reviewsOf, anotherTrustWithSecrets };
}
