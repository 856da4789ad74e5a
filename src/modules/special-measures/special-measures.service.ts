import { requiredLengthOf } from '../../common/lengths';
import { loadForChange, loadReadable } from '../../auth/guard';
import { change } from '../../change/change';
import { checkNotFuture, checkText } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { DirectorAppointment } from '../improvement-director/director-appointment.entity';
import { notEndedBy } from '../improvement-director/open-appointment';
import { Inspection } from '../inspection/inspection.entity';
import { Trust } from '../trust/trust.entity';
import { SpecialMeasuresEpisode } from './special-measures.entity';
import type { ExitSpecialMeasuresInput, PlaceInSpecialMeasuresInput } from './special-measures.inputs';
import { appointmentEndAtExit, checkCanExit, checkCanExtend, checkCanPlace } from './special-measures.rules';
import { findRow, findRows } from '../../db/entity-rows';

const EPISODE = 'special measures episode';

async function lastExitOf(ctx: RequestContext, trust: Trust): Promise<string | null> {
  const last = await findRow(ctx.em, SpecialMeasuresEpisode, { trust, exitedOn: { $ne: null } }, { orderBy: { exitedOn: 'desc' } });
  return last?.exitedOn ?? null;
}

export const specialMeasuresService = {
  place(ctx: RequestContext, input: PlaceInSpecialMeasuresInput): Promise<SpecialMeasuresEpisode> {
    return change(ctx, {
      load: async () => ({
        trust: await loadForChange(ctx, Trust, input.trustId, 'Trust', { facts: ['inSpecialMeasures'] }),
        entry: input.entryInspectionId != null ? await loadReadable(ctx, Inspection, input.entryInspectionId, 'entry inspection') : null,
      }),
      validate: () => {
        checkNotFuture(input.placedOn, 'placedOn');
        return { reason: checkText(input.reason, 'reason', { max: requiredLengthOf(SpecialMeasuresEpisode, 'reason') }) };
      },
      subject: ({ trust, entry }, { reason }) => ({
        create: ctx.em.create(SpecialMeasuresEpisode, { trust, placedOn: input.placedOn, reason, entryInspection: entry }, { persist: false }),
      }),
      rules: async ({ trust, entry }) => checkCanPlace(trust, input.placedOn, entry, await lastExitOf(ctx, trust)),
    });
  },

  extend(ctx: RequestContext, episodeId: string): Promise<SpecialMeasuresEpisode> {
    return change(ctx, {
      load: () => loadForChange(ctx, SpecialMeasuresEpisode, episodeId, EPISODE),
      subject: (episode) => ({ update: episode }),
      rules: (episode) => checkCanExtend(episode),
      apply: (episode) => {
        episode.extensions += 1;
      },
    });
  },

  /**
   * Ends the episode, every director appointment not ended by the exit date (on that date, or, for one
   * starting on or after it, on its own start date: cancelled) and any suspension of the trust's autonomy.
   */
  exit(ctx: RequestContext, input: ExitSpecialMeasuresInput): Promise<SpecialMeasuresEpisode> {
    return change(ctx, {
      load: async () => {
        const episode = await loadForChange(ctx, SpecialMeasuresEpisode, input.episodeId, EPISODE);
        const inspection = await loadReadable(ctx, Inspection, input.exitInspectionId, 'exit inspection');
        const trust = (await findRow(ctx.em, Trust, { id: episode.trust.id }))!; // the episode's trust: a foreign key
        const appointments = await findRows(ctx.em, DirectorAppointment, { trust, ...notEndedBy(input.exitedOn) });
        return { episode, inspection, trust, appointments };
      },
      validate: () => checkNotFuture(input.exitedOn, 'exitedOn'),
      subject: ({ episode }) => ({ update: episode }),
      rules: ({ episode, inspection }) => checkCanExit(episode, input.exitedOn, inspection, input.exitType),
      apply: ({ episode, inspection, trust, appointments }) => {
        Object.assign(episode, { exitedOn: input.exitedOn, exitType: input.exitType, exitInspection: inspection });
        for (const appointment of appointments) appointment.endsOn = appointmentEndAtExit(appointment, input.exitedOn);
        trust.autonomySuspended = false;
      },
    });
  },
};
