import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ActionStatus, ExitType, KeyQuestion, Rating } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { ImprovementDirector } from '../improvement-director/improvement-director.entity';
import { PlanAction } from '../improvement-plan/plan-action.entity';
import { Inspection } from '../inspection/inspection.entity';
import { SpecialMeasuresEpisode } from '../special-measures/special-measures.entity';
import { Trust } from '../trust/trust.entity';

// The regime through time (docs/domain.md#time): rows the read engine derives from the dated rows,
// as they stood on a date. Their SQL is in time.sql.ts; who may read them is the reader's ability.

export enum Direction { IMPROVED = 'IMPROVED', UNCHANGED = 'UNCHANGED', DECLINED = 'DECLINED' }
registerEnumType(Direction, { name: 'Direction' });

@ObjectType('KeyQuestionRating', {
  description: "A key question's rating at one inspection, and how it moved since the trust's previous published inspection (null for the first).",
})
export class KeyQuestionRating {
  @Field(() => KeyQuestion) keyQuestion!: KeyQuestion;
  @Field(() => Rating) rating!: Rating;
  @Field(() => Direction, { nullable: true }) direction!: Direction | null;
}

@ObjectType('RatingStep', { description: "One published inspection in a trust's rating history." })
export class RatingStep {
  @Field(() => Inspection) inspection!: Inspection;
  @Field(() => DateScalar) publishedOn!: string;
  @Field(() => Rating) overall!: Rating;
  @Field(() => Direction, { nullable: true }) overallDirection!: Direction | null;
  @Field(() => [KeyQuestionRating], { description: 'SAFE, EFFECTIVE, CARING, RESPONSIVE, WELL_LED, in that order.' })
  keyQuestions!: KeyQuestionRating[];
}

@ObjectType('TrustStatus', { description: 'A trust\'s standing on one date, from the inspections published and the rows recorded by then.' })
export class TrustStatus {
  @Field(() => Trust) trust!: Trust;
  @Field(() => DateScalar) date!: string;
  @Field(() => Rating, { nullable: true, description: 'Overall rating of the latest inspection published on or before the date.' })
  rating!: Rating | null;
  @Field(() => Boolean) inSpecialMeasures!: boolean;
  @Field(() => Boolean) meetsSpecialMeasuresCriteria!: boolean;
  @Field(() => Int) chiefExecutivesInLast12Months!: number;
  @Field(() => SpecialMeasuresEpisode, { nullable: true, description: 'The episode active on the date.' })
  episode!: SpecialMeasuresEpisode | null;
  @Field(() => ImprovementDirector, { nullable: true, description: 'The director whose appointment covered the date.' })
  director!: ImprovementDirector | null;
}

@ObjectType('EpisodeProgress', { description: 'How an episode had moved by its first re-inspection.' })
export class EpisodeProgress {
  @Field(() => SpecialMeasuresEpisode) episode!: SpecialMeasuresEpisode;
  @Field(() => RatingStep, { nullable: true, description: 'The entry inspection, else the latest inspection published before placement.' })
  atPlacement!: RatingStep | null;
  @Field(() => RatingStep, { nullable: true, description: 'The first inspection after placement that has been published.' })
  atReinspection!: RatingStep | null;
  @Field(() => Int, { description: 'Key questions rated better at re-inspection than at placement.' }) improved!: number;
  @Field(() => Int) declined!: number;
  @Field(() => Int, { nullable: true, description: "Whole months from placement to the re-inspection's inspectedOn." })
  monthsToReinspection!: number | null;
}

@ObjectType('InterventionOutcome', { description: 'The interventions an episode received and where it ended.' })
export class InterventionOutcome {
  @Field(() => SpecialMeasuresEpisode) episode!: SpecialMeasuresEpisode;
  @Field(() => Boolean, { description: 'A buddy contract, ACTIVE or COMPLETED, whose term overlaps the episode.' }) buddied!: boolean;
  @Field(() => Boolean, { nullable: true, description: "The buddy works in the supported trust's sector (a similar context); null when not buddied." })
  buddySameSector!: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Days from placement to the first director appointment starting on or after it; null when none.' })
  daysToDirector!: number | null;
  @Field(() => Int, { description: 'Chief executives who started during the episode.' }) chiefExecutiveChanges!: number;
  @Field(() => Int, { description: 'Whole months in special measures, to exit or to today.' }) monthsInSpecialMeasures!: number;
  @Field(() => ExitType, { nullable: true }) exitType!: ExitType | null;
}

@ObjectType('PlanActionSnapshot', { description: 'An action as it stood when a monthly update was published.' })
export class PlanActionSnapshot {
  @Field(() => PlanAction) action!: PlanAction;
  @Field(() => String) title!: string;
  @Field(() => KeyQuestion) keyQuestion!: KeyQuestion;
  @Field(() => DateScalar) dueOn!: string;
  @Field(() => ActionStatus) status!: ActionStatus;
}

/** Types no root field names until the relation table adds their fields (src/schema-relations.ts). */
export const TIME_TYPES = [RatingStep, TrustStatus, PlanActionSnapshot];
