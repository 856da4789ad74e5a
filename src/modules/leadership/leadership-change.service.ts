import { requiredLengthOf } from '../../common/lengths';
import { loadForChange, loadReadable } from '../../auth/guard';
import { change } from '../../change/change';
import { addDays } from '../../clock';
import { oversightBodyOf } from '../../common/enums';
import { checkLabel, checkNotFuture, checkText } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { BusinessRuleError } from '../../errors';
import { Trust } from '../trust/trust.entity';
import { LeadershipReview } from './leadership-review.entity';
import { LeadershipTenure } from './leadership-tenure.entity';
import type { RecordLeadershipChangeInput, RecordLeadershipReviewInput } from './leadership.inputs';
import { findRows } from '../../db/entity-rows';

export const leadershipChangeService = {
  /** The trust's oversight body records a review of its leaders' capability. */
  recordReview(ctx: RequestContext, input: RecordLeadershipReviewInput): Promise<LeadershipReview> {
    return change(ctx, {
      load: () => loadReadable(ctx, Trust, input.trustId),
      validate: () => {
        checkNotFuture(input.reviewedOn, 'reviewedOn');
        return { findings: checkText(input.findings, 'findings', { max: requiredLengthOf(LeadershipReview, 'findings') }) };
      },
      subject: (trust, { findings }) => ({
        create: ctx.em.create(LeadershipReview, {
          trust, reviewedOn: input.reviewedOn, reviewer: oversightBodyOf(trust.type), scope: input.scope, outcome: input.outcome, findings,
        }, { persist: false }),
      }),
    });
  },

  /** A new holder of a leadership role from `startedOn`; the previous holder's tenure ends the day before. */
  recordChange(ctx: RequestContext, input: RecordLeadershipChangeInput): Promise<LeadershipTenure> {
    return change(ctx, {
      load: async () => {
        const trust = await loadForChange(ctx, Trust, input.trustId); // one change of a trust's leaders at a time
        const { role, startedOn } = input;
        const current = await findRows(ctx.em, LeadershipTenure, { trust, role, $or: [{ endedOn: null }, { endedOn: { $gte: startedOn } }] });
        return { trust, current };
      },
      validate: () => {
        checkNotFuture(input.startedOn, 'startedOn');
        return { name: checkLabel(input.name, 'name', { max: 200 }) };
      },
      subject: ({ trust }, { name }) => ({
        create: ctx.em.create(LeadershipTenure, { trust, role: input.role, name, startedOn: input.startedOn, interim: input.interim ?? false }, { persist: false }),
      }),
      rules: ({ current }) => {
        const later = current.find((tenure) => tenure.startedOn >= input.startedOn);
        if (later) throw new BusinessRuleError(`${later.name}'s tenure as ${input.role} starts on ${later.startedOn}, not before ${input.startedOn}: record changes in order`);
      },
      apply: ({ current }) => {
        for (const previous of current) previous.endedOn = addDays(input.startedOn, -1);
      },
    });
  },

  /** Ends a tenure still running, on or after its start. */
  endTenure(ctx: RequestContext, id: string, endedOn: string): Promise<LeadershipTenure> {
    return change(ctx, {
      load: () => loadForChange(ctx, LeadershipTenure, id, 'leadership tenure'),
      validate: () => checkNotFuture(endedOn, 'endedOn'),
      subject: (tenure) => ({ update: tenure }),
      rules: (tenure) => {
        if (tenure.endedOn !== null) throw new BusinessRuleError(`the tenure already ended on ${tenure.endedOn}`);
        if (endedOn < tenure.startedOn) throw new BusinessRuleError(`a tenure cannot end before it started (${tenure.startedOn})`);
      },
      apply: (tenure) => {
        tenure.endedOn = endedOn;
      },
    });
  },
};
