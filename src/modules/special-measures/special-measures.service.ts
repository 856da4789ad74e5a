import { authorize, loadReadable } from '../../auth/guard';
import { inTransaction } from '../../common/transaction';
import { checkNotFuture, checkText } from '../../common/validate';
import type { RequestContext } from '../../context';
import { BusinessRuleError } from '../../errors';
import { DirectorAppointment } from '../improvement-director/director-appointment.entity';
import { Inspection } from '../inspection/inspection.entity';
import { Trust } from '../trust/trust.entity';
import { SpecialMeasuresEpisode } from './special-measures.entity';
import type { ExitSpecialMeasuresInput, PlaceInSpecialMeasuresInput } from './special-measures.inputs';
import { checkCanExit, checkCanExtend, checkCanPlace } from './special-measures.rules';

async function lastExitOf(tx: RequestContext, trust: Trust): Promise<string | null> {
  const last = await tx.em.findOne(SpecialMeasuresEpisode, { trust, exitedOn: { $ne: null } }, { orderBy: { exitedOn: 'desc' } });
  return last?.exitedOn ?? null;
}

export const specialMeasuresService = {
  place(ctx: RequestContext, input: PlaceInSpecialMeasuresInput): Promise<SpecialMeasuresEpisode> {
    return inTransaction(ctx, async (tx) => {
      const trust = await loadReadable(tx, Trust, input.trustId, { lock: true });
      const entry = input.entryInspectionId != null ? await loadReadable(tx, Inspection, input.entryInspectionId, { what: 'entry inspection' }) : null;
      checkNotFuture(input.placedOn, 'placedOn');
      const reason = checkText(input.reason, 'reason', { max: 2000 });
      const episode = tx.em.create(SpecialMeasuresEpisode, { trust, placedOn: input.placedOn, reason, entryInspection: entry }, { persist: false });
      authorize(tx, 'create', episode);
      checkCanPlace(trust, input.placedOn, entry, await lastExitOf(tx, trust));
      await tx.em.persist(episode).flush();
      return episode;
    });
  },

  extend(ctx: RequestContext, episodeId: string): Promise<SpecialMeasuresEpisode> {
    return inTransaction(ctx, async (tx) => {
      const episode = await loadReadable(tx, SpecialMeasuresEpisode, episodeId, { what: 'special measures episode', lock: true });
      authorize(tx, 'update', episode);
      checkCanExtend(episode);
      episode.extensions += 1;
      authorize(tx, 'update', episode);
      await tx.em.flush();
      return episode;
    });
  },

  /** Ends the episode, the trust's open director appointments (on the exit date) and any suspension of its autonomy. */
  exit(ctx: RequestContext, input: ExitSpecialMeasuresInput): Promise<SpecialMeasuresEpisode> {
    return inTransaction(ctx, async (tx) => {
      const episode = await loadReadable(tx, SpecialMeasuresEpisode, input.episodeId, { what: 'special measures episode', lock: true });
      const inspection = await loadReadable(tx, Inspection, input.exitInspectionId, { what: 'exit inspection' });
      checkNotFuture(input.exitedOn, 'exitedOn');
      authorize(tx, 'update', episode);
      checkCanExit(episode, input.exitedOn, inspection, input.exitType);
      const openAppointments = await tx.em.find(DirectorAppointment, { trust: episode.trust, endsOn: null });
      if (openAppointments.some((a) => a.startsOn >= input.exitedOn)) {
        throw new BusinessRuleError('a director appointment in this trust starts on or after the exit date; end it first');
      }
      const trust = await tx.em.findOneOrFail(Trust, episode.trust.id);
      const restoresAutonomy = trust.autonomySuspended;

      Object.assign(episode, { exitedOn: input.exitedOn, exitType: input.exitType, exitInspection: inspection });
      for (const appointment of openAppointments) appointment.endsOn = input.exitedOn;
      trust.autonomySuspended = false;

      authorize(tx, 'update', episode);
      for (const appointment of openAppointments) authorize(tx, 'update', appointment);
      if (restoresAutonomy) authorize(tx, 'update', trust, 'autonomySuspended');
      await tx.em.flush();
      return episode;
    });
  },
};
