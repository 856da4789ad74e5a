import { loadForChange, loadReadable } from '../../auth/guard';
import { change } from '../../change/change';
import { today } from '../../clock';
import { oversightBodyOf } from '../../common/enums';
import type { RequestContext } from '../../auth/context';
import { BusinessRuleError, ConflictError } from '../../errors';
import { Trust } from '../trust/trust.entity';
import { DirectorAppointment } from './director-appointment.entity';
import type { AppointImprovementDirectorInput } from './director-appointment.inputs';
import { ImprovementDirector } from './improvement-director.entity';
import { notEndedBy } from './open-appointment';
import { countRows, findRow } from '../../db/entity-rows';

export const directorAppointmentService = {
  /** Places a director in a trust from `startsOn`, open-ended. */
  appoint(ctx: RequestContext, input: AppointImprovementDirectorInput): Promise<DirectorAppointment> {
    return change(ctx, {
      load: async () => ({
        director: await loadReadable(ctx, ImprovementDirector, input.directorId, 'improvement director'),
        trust: await loadForChange(ctx, Trust, input.trustId),
      }),
      subject: ({ director, trust }) => ({ create: ctx.em.create(DirectorAppointment, { director, trust, startsOn: input.startsOn }, { persist: false }) }),
      rules: async ({ director, trust }) => {
        const body = oversightBodyOf(trust.type);
        if (director.accountableTo !== body) {
          throw new BusinessRuleError(`${director.name} is accountable to ${director.accountableTo}, but ${trust.name} is overseen by ${body}: a director answers to the trust's oversight body`);
        }
        // An open-ended appointment overlaps any other not ended by its start.
        if (await countRows(ctx.em, DirectorAppointment, { trust, ...notEndedBy(input.startsOn) })) {
          throw new ConflictError(`${trust.name} already has an improvement director appointment open on or after ${input.startsOn}: one at a time`);
        }
        if (await countRows(ctx.em, DirectorAppointment, { director, ...notEndedBy(input.startsOn) })) {
          throw new ConflictError(`${director.name} already holds an appointment open on or after ${input.startsOn}: one at a time`);
        }
      },
    });
  },

  /** Ends an appointment that has not ended yet on `endsOn`, after its start. */
  end(ctx: RequestContext, id: string, endsOn: string): Promise<DirectorAppointment> {
    return change(ctx, {
      load: () => loadForChange(ctx, DirectorAppointment, id, 'director appointment'),
      subject: (appointment) => ({ update: appointment }),
      rules: async (appointment) => {
        if (appointment.endsOn !== null && appointment.endsOn <= today()) throw new BusinessRuleError(`the appointment already ended on ${appointment.endsOn}`);
        if (endsOn <= appointment.startsOn) throw new BusinessRuleError(`an appointment ends after it starts (${appointment.startsOn})`);
        // A planned end moved later must not run into the next appointment of the trust or the director.
        const { trust, director } = appointment;
        const next = await findRow(ctx.em, DirectorAppointment, {
          id: { $ne: appointment.id }, $or: [{ trust }, { director }], startsOn: { $gte: appointment.startsOn, $lt: endsOn },
        });
        if (next) throw new ConflictError(`another appointment of this trust or director starts on ${next.startsOn}, before ${endsOn}: one at a time`);
      },
      apply: (appointment) => {
        appointment.endsOn = endsOn;
      },
    });
  },
};
