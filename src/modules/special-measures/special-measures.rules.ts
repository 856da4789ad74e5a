import { ExitType, InspectionRecommendation, Rating } from '../../common/enums';
import { BusinessRuleError, ConflictError } from '../../errors';
import type { DirectorAppointment } from '../improvement-director/director-appointment.entity';
import type { Inspection } from '../inspection/inspection.entity';
import { isPublished } from '../inspection/published';
import type { Trust } from '../trust/trust.entity';
import type { SpecialMeasuresEpisode } from './special-measures.entity';

// The business rules (docs/domain.md#entities-and-rules) for special measures episodes: FAILED_PRECONDITION or CONFLICT.

function refuse(condition: boolean, message: string): void {
  if (condition) throw new BusinessRuleError(message);
}

export function checkCanPlace(trust: Trust, placedOn: string, entry: Inspection | null, lastExit: string | null): void {
  if (trust.inSpecialMeasures) throw new ConflictError(`${trust.name} is already in special measures`);
  refuse(lastExit !== null && placedOn <= lastExit, `the trust left special measures on ${lastExit}; a new episode must start after that`);
  if (!entry) return;
  refuse(entry.trust.id !== trust.id, 'the entry inspection is of another trust');
  refuse(entry.recommendation !== InspectionRecommendation.ENTER_SPECIAL_MEASURES, 'the entry inspection does not recommend special measures');
  refuse(placedOn < entry.inspectedOn, 'a trust cannot be placed in special measures before its entry inspection');
}

export function checkCanExtend(episode: SpecialMeasuresEpisode): void {
  refuse(!episode.active, 'only an active episode can be extended');
}

export function checkCanExit(episode: SpecialMeasuresEpisode, exitedOn: string, inspection: Inspection, exitType: ExitType): void {
  refuse(!episode.active, 'the episode has already ended');
  refuse(inspection.trust.id !== episode.trust.id, 'the exit inspection is of another trust');
  refuse(!isPublished(inspection), 'the exit inspection is not published');
  refuse(inspection.inspectedOn <= episode.placedOn, 'the exit inspection must be carried out after the trust was placed in special measures');
  refuse(inspection.recommendation !== InspectionRecommendation.EXIT_SPECIAL_MEASURES, 'the exit inspection does not recommend leaving special measures');
  refuse(exitedOn < inspection.inspectedOn, 'a trust cannot leave special measures before its exit inspection');
  refuse(inspection.publishedOn! > exitedOn, `the exit inspection was published on ${inspection.publishedOn}, after the exit date: a trust leaves on or after its publication`);
  refuse(
    exitType === ExitType.EXITED_WITH_SUPPORT && inspection.overall !== Rating.REQUIRES_IMPROVEMENT,
    'exiting with support needs an exit inspection rated REQUIRES_IMPROVEMENT overall',
  );
}

/** When an appointment not ended by the exit date ends: on that date, or, starting on or after it, on its own start date (cancelled). */
export const appointmentEndAtExit = (appointment: DirectorAppointment, exitedOn: string): string =>
  (appointment.startsOn >= exitedOn ? appointment.startsOn : exitedOn);
