import { ForbiddenError } from '@casl/ability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitChange, markMutationTransaction } from '../../src/change/commit';
import { InspectionRecommendation, Rating, Role } from '../../src/common/enums';
import type { RequestContext } from '../../src/auth/context';
import { AuditEvent, Inspection, Trust } from '../../src/modules/entities';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { contextFor, principal } from '../support/principals';

// The end of every Mutation's transaction (src/change/commit.ts), driven directly: the rows a
// change touched are checked as they are after it (step 5 of docs/domain.md#how-access-behaves), and nothing else may flush.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('demo');
});
afterAll(() => db.drop());

/** Runs `work` as the pipeline does for a Mutation field named `walk`, as REGULATOR. */
async function asMutation(work: (tx: RequestContext) => Promise<void>): Promise<void> {
  const ctx = await contextFor(db.orm, principal(Role.REGULATOR, 'CQC'));
  await ctx.em.transactional(async (em) => {
    markMutationTransaction(em);
    await work({ ...ctx, em, mutation: 'walk' });
  });
}

const { GOOD } = Rating;
const goodInspection = (tx: RequestContext, trust: Trust, inspectedOn: string) => tx.em.create(Inspection, {
  trust, inspectedOn, overall: GOOD, safe: GOOD, effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD, recommendation: InspectionRecommendation.NONE,
});
const nameOf = async (odsCode: string) => (await db.orm.em.fork().findOneOrFail(Trust, { odsCode })).name;
const auditCount = () => db.orm.em.fork().count(AuditEvent);

describe('commitChange', () => {
  it('refuses with FORBIDDEN a row the caller may not change as it is after the change, writing nothing', async () => {
    const [before, events] = [await nameOf('RN1'), await auditCount()];
    const attempt = asMutation(async (tx) => {
      const trust = await tx.em.findOneOrFail(Trust, { odsCode: 'RN1' });
      trust.name = 'Renamed by the regulator'; // REGULATOR may read every trust but change none
      await commitChange(tx);
    });
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    expect(await nameOf('RN1')).toBe(before);
    expect(await auditCount()).toBe(events);
  });

  it('writes a change the caller may make, with its audit event', async () => {
    const events = await auditCount();
    let id = '';
    await asMutation(async (tx) => {
      const trust = await tx.em.findOneOrFail(Trust, { odsCode: 'RH1' });
      id = goodInspection(tx, trust, '2026-03-01').id;
      await commitChange(tx);
    });
    expect(await db.orm.em.fork().findOne(Inspection, id)).not.toBeNull();
    expect(await db.orm.em.fork().find(AuditEvent, { entityId: id })).toMatchObject([{ action: 'walk', role: 'REGULATOR', entity: 'Inspection' }]);
    expect(await auditCount()).toBe(events + 1);
  });

  it('a Mutation that flushes on its own is refused: its change would be neither checked nor audited', async () => {
    const events = await auditCount();
    const attempt = asMutation(async (tx) => {
      const trust = await tx.em.findOneOrFail(Trust, { odsCode: 'RH1' });
      goodInspection(tx, trust, '2026-03-02');
      await tx.em.flush();
    });
    await expect(attempt).rejects.toThrow(/outside commitChange/);
    expect(await db.orm.em.fork().count(Inspection, { inspectedOn: '2026-03-02' })).toBe(0);
    expect(await auditCount()).toBe(events);
  });
});
