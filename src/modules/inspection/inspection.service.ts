import { requiredLengthOf } from '../../common/lengths';
import { loadForChange, loadReadable } from '../../auth/guard';
import { change } from '../../change/change';
import { checkInOrder, checkNotFuture, checkOptionalText } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { BusinessRuleError } from '../../errors';
import { Trust } from '../trust/trust.entity';
import { Inspection } from './inspection.entity';
import type { RecordInspectionInput } from './inspection.inputs';
import { isPublished } from './published';

export const inspectionService = {
  record(ctx: RequestContext, input: RecordInspectionInput): Promise<Inspection> {
    const { trustId, publishedOn, summary, ...ratings } = input;
    return change(ctx, {
      load: () => loadReadable(ctx, Trust, trustId),
      validate: () => {
        checkNotFuture(input.inspectedOn, 'inspectedOn');
        if (publishedOn) checkInOrder(input.inspectedOn, publishedOn, 'inspectedOn', 'publishedOn');
        return { summary: checkOptionalText(summary, 'summary', requiredLengthOf(Inspection, 'summary')) };
      },
      subject: (trust, valid) => ({
        create: ctx.em.create(Inspection, { ...ratings, trust, publishedOn: publishedOn ?? null, summary: valid.summary }, { persist: false }),
      }),
    });
  },

  /** Sets the publication date; a date after today schedules it. A published inspection stays as it is. */
  publish(ctx: RequestContext, id: string, publishedOn: string): Promise<Inspection> {
    return change(ctx, {
      load: () => loadForChange(ctx, Inspection, id),
      subject: (inspection) => ({ update: inspection }),
      rules: (inspection) => {
        if (isPublished(inspection)) throw new BusinessRuleError(`the inspection was published on ${inspection.publishedOn}`);
        if (publishedOn < inspection.inspectedOn) throw new BusinessRuleError('an inspection cannot be published before it was carried out');
      },
      apply: (inspection) => {
        inspection.publishedOn = publishedOn;
      },
    });
  },
};
