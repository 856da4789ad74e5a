import { authorize, findReadable, loadReadable } from '../../auth/guard';
import { today } from '../../clock';
import { inTransaction } from '../../common/transaction';
import { checkInOrder, checkNotFuture, checkOptionalText } from '../../common/validate';
import type { RequestContext } from '../../context';
import { BusinessRuleError } from '../../errors';
import { Trust } from '../trust/trust.entity';
import { Inspection } from './inspection.entity';
import type { RecordInspectionInput } from './inspection.inputs';

export const isPublished = (inspection: Inspection) => inspection.publishedOn !== null && inspection.publishedOn <= today();

export const inspectionService = {
  find(ctx: RequestContext, id: string): Promise<Inspection | null> {
    return findReadable(ctx, Inspection, id);
  },

  async record(ctx: RequestContext, input: RecordInspectionInput): Promise<Inspection> {
    const trust = await loadReadable(ctx, Trust, input.trustId);
    checkNotFuture(input.inspectedOn, 'inspectedOn');
    if (input.publishedOn) checkInOrder(input.inspectedOn, input.publishedOn, 'inspectedOn', 'publishedOn');
    const summary = checkOptionalText(input.summary, 'summary', 5000);
    const { trustId: _, ...ratings } = input;
    const inspection = ctx.em.create(Inspection, { ...ratings, trust, publishedOn: input.publishedOn ?? null, summary }, { persist: false });
    authorize(ctx, 'create', inspection);
    await ctx.em.persist(inspection).flush();
    return inspection;
  },

  /** Sets the publication date; a date after today schedules it. A published inspection stays as it is. */
  publish(ctx: RequestContext, id: string, publishedOn: string): Promise<Inspection> {
    return inTransaction(ctx, async (tx) => {
      const inspection = await loadReadable(tx, Inspection, id, { lock: true });
      authorize(tx, 'update', inspection);
      if (isPublished(inspection)) throw new BusinessRuleError(`the inspection was published on ${inspection.publishedOn}`);
      if (publishedOn < inspection.inspectedOn) throw new BusinessRuleError('an inspection cannot be published before it was carried out');
      inspection.publishedOn = publishedOn;
      authorize(tx, 'update', inspection);
      await tx.em.flush();
      return inspection;
    });
  },
};
