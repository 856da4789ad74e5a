import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { LeadershipReview } from '../../src/modules/entities';
import type { RecordLeadershipReviewInput } from '../generated/graphql';
import { daysAgo } from '../support/dates';
import { TEST_TODAY } from '../support/today';
import { as, READERS_WHO_MAY_NOT_CHANGE_RN1, world } from './leadership.helpers';

// recordLeadershipReview: "a capability review of a trust's leaders by its oversight body". Only
// OVERSIGHT records one, for the trusts it oversees; the reviewer is that body. The trust itself may
// not (FORBIDDEN), nor anyone else. There is no business rule: refusals are NOT_FOUND, BAD_USER_INPUT
// (reviewedOn not in the future, findings 1 to 20,000 characters) and FORBIDDEN, in that order.

const t = world();
let rn1: string;
let rh3: string;

beforeAll(async () => {
  rn1 = (await t.trust('RN1')).id;
  rh3 = (await t.trust('RH3')).id;
});

const reviewOf = (trustId: () => string, overrides: Partial<RecordLeadershipReviewInput> = {}): RecordLeadershipReviewInput => ({
  trustId: trustId(), reviewedOn: daysAgo(2), scope: 'BOARD', outcome: 'CONCERNS', findings: 'The board does not yet hold executives to account.', ...overrides,
});

describe('refusals, each with its code, writing nothing', () => {
  it('NOT_FOUND: an unknown trust; for a commissioner, a trust outside its system; before BAD_USER_INPUT', async () => {
    await t.expectRefused('NOT_FOUND', () => t.api.review(reviewOf(() => randomUUID()), as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.review(reviewOf(() => randomUUID(), { findings: '' }), as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.review(reviewOf(() => rh3), as.commissioner('X5N')));
  });

  it('BAD_USER_INPUT: a future review, empty or blank findings, findings over 20,000 characters', async () => {
    await t.expectRefused('BAD_USER_INPUT', () => t.api.review(reviewOf(() => rn1, { reviewedOn: addDays(TEST_TODAY, 1) }), as.monitor()), /reviewedOn/);
    for (const findings of ['', ' \n ', 'x'.repeat(20_001)]) {
      await t.expectRefused('BAD_USER_INPUT', () => t.api.review(reviewOf(() => rn1, { findings }), as.monitor()), /findings/);
    }
  });

  it('BAD_USER_INPUT comes before FORBIDDEN: TDA or the trust itself sending a future date or no findings', async () => {
    await t.expectRefused('BAD_USER_INPUT', () => t.api.review(reviewOf(() => rn1, { reviewedOn: addDays(TEST_TODAY, 1) }), as.tda()));
    await t.expectRefused('BAD_USER_INPUT', () => t.api.review(reviewOf(() => rn1, { findings: '' }), as.trust('RN1')));
  });

  it.each(READERS_WHO_MAY_NOT_CHANGE_RN1)('FORBIDDEN: %s records no review of RN1', async (_who, token) => {
    await t.expectRefused('FORBIDDEN', () => t.api.review(reviewOf(() => rn1), token()));
  });

  it('FORBIDDEN: the reviewed trust itself; MONITOR reviewing an NHS trust', async () => {
    await t.expectRefused('FORBIDDEN', () => t.api.review(reviewOf(() => rn1), as.trust('RN1')));
    await t.expectRefused('FORBIDDEN', () => t.api.review(reviewOf(() => rh3), as.trust('RH3')));
    await t.expectRefused('FORBIDDEN', () => t.api.review(reviewOf(() => rh3), as.monitor()));
  });
});

describe('recorded by the oversight body', () => {
  it('MONITOR reviews RN1 today: reviewer MONITOR, findings trimmed; one row, one event', async () => {
    const findings = '  The chair and chief executive disagree on the pace of change.  ';
    const { data, audit } = await t.expectChange(() =>
      t.api.review(reviewOf(() => rn1, { reviewedOn: TEST_TODAY, scope: 'CHIEF_EXECUTIVE', outcome: 'CHANGE_REQUIRED', findings }), as.monitor()));
    const made = data.recordLeadershipReview;
    expect(made).toMatchObject({
      reviewedOn: TEST_TODAY, reviewer: 'MONITOR', scope: 'CHIEF_EXECUTIVE', outcome: 'CHANGE_REQUIRED', findings: findings.trim(), trust: { odsCode: 'RN1' },
    });
    expect(await t.em().findOneOrFail(LeadershipReview, made.id)).toMatchObject({ reviewer: 'MONITOR', findings: findings.trim() });
    t.expectAudited(audit, [{ action: 'recordLeadershipReview', entity: 'LeadershipReview', entityId: made.id }]);
    expect(audit[0]).toMatchObject({ role: 'OVERSIGHT', organisation: 'MONITOR' });
  });

  it('TDA reviews RH3 with findings of exactly 20,000 characters: reviewer TDA', async () => {
    const findings = 'f'.repeat(20_000);
    const { data, audit } = await t.expectChange(() => t.api.review(reviewOf(() => rh3, { findings, outcome: 'CAPABLE' }), as.tda()));
    expect(data.recordLeadershipReview).toMatchObject({ reviewer: 'TDA', outcome: 'CAPABLE', trust: { odsCode: 'RH3' } });
    expect(data.recordLeadershipReview.findings).toHaveLength(20_000);
    t.expectAudited(audit, [{ action: 'recordLeadershipReview', entity: 'LeadershipReview', entityId: data.recordLeadershipReview.id }]);
  });
});
