import { isNonNullType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { restrictedFields } from '../../src/auth/restricted-fields';
import { getSchema } from '../../src/schema';

// The confidential columns are marked once, @Restricted on the entity; the rules (abilities.ts) and
// the read engine take them from there. This keeps the marks equal to the list of docs/domain.md#who-reads-what.

const CONFIDENTIAL = [
  'Trust.financialForecast: money', 'BuddyContract.reimbursementCap: money', 'BuddyContract.incentiveFund: money',
  'BuddyContract.incentiveApproved: money', 'BuddyContract.incentivePaid: money', 'BuddyContract.reimbursed: money',
  'IncentivePayment.amount: money', 'ReimbursementClaim.amount: money', 'LeadershipReview.findings: findings',
].sort();

const marked = () =>
  Object.entries(restrictedFields()).flatMap(([kind, bySubject]) =>
    Object.entries(bySubject).flatMap(([subject, fields]) => fields!.map((field) => `${subject}.${field}: ${kind}`)))
    .sort();

describe('restricted columns', () => {
  it("the entities mark exactly the restricted fields of docs/domain.md#who-reads-what, each with its kind", () => {
    expect(marked()).toEqual(CONFIDENTIAL);
  });

  it('every restricted field is nullable in the served schema, so a refusal leaves the rest of the row', async () => {
    const schema = await getSchema();
    for (const entry of marked()) {
      const [subject, field] = entry.split(/[.:]/);
      const type = schema.getType(subject) as { getFields(): Record<string, { type: unknown }> } | undefined;
      expect(type?.getFields()[field], entry).toBeDefined();
      expect(isNonNullType(type!.getFields()[field].type), entry).toBe(false);
    }
  });
});
