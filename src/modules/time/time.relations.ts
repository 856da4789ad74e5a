import { sql } from '../../db/sql/sql';
import { ImprovementDirector } from '../improvement-director/improvement-director.entity';
import { PlanAction } from '../improvement-plan/plan-action.entity';
import { Inspection } from '../inspection/inspection.entity';
import type { DerivedRelation, Relation, ToOne } from '../relations';
import { SpecialMeasuresEpisode } from '../special-measures/special-measures.entity';
import { Trust } from '../trust/trust.entity';
import { checkStandingDate, keyQuestionRatingsSql, ratingStepsSql, trustStatusSql } from './time.sql';

// The relations of the rows derived through time (docs/domain.md#time), for the relation table
// (src/modules/relations.ts) and the root lists (time.service.ts).

const one = (target: () => Function, key: string, nullable = false): ToOne => ({ kind: 'one', target: target as ToOne['target'], key, nullable });

/** A rating step's columns and relations, wherever a step is read. */
const STEP = {
  typeName: 'RatingStep',
  columns: { publishedOn: 'published_on', overall: 'overall', overallDirection: 'overall_direction' },
  relations: {
    inspection: one(() => Inspection, 'inspection_id'),
    keyQuestions: {
      kind: 'derived', typeName: 'KeyQuestionRating', fixed: true,
      rows: (step) => keyQuestionRatingsSql((column) => step.column(column)),
      columns: { keyQuestion: 'key_question', rating: 'rating', direction: 'direction' },
    } satisfies DerivedRelation,
  } as Record<string, Relation>,
} as const;

/** The step of inspection `inspectionId` (a column of the parent row) in the trust's history, or null. */
export const stepOf = (inspectionId: string): DerivedRelation => ({
  kind: 'derived', ...STEP, single: true, nullable: true,
  rows: (parent, _args, reader) => sql`select * from (${ratingStepsSql(parent.column('trust_id'), reader.readable(Inspection))}) step
    where step.inspection_id = ${parent.column(inspectionId)}`,
});

export const ratingHistory: DerivedRelation = {
  kind: 'derived', ...STEP,
  description: 'Every published inspection, oldest first, with how each rating moved since the one before.',
  rows: (trust, _args, reader) => ratingStepsSql(trust.column('id'), reader.readable(Inspection)),
};

/** A trust's standing's relations: the trust, the episode and director of that date (null where the reader may not read them). */
export const STATUS_RELATIONS: Record<string, Relation> = {
  trust: one(() => Trust, 'trust_id'),
  episode: one(() => SpecialMeasuresEpisode, 'episode_id', true),
  director: one(() => ImprovementDirector, 'director_id', true),
};

export const STATUS_COLUMNS = {
  date: 'date', rating: 'rating', inSpecialMeasures: 'in_special_measures', meetsSpecialMeasuresCriteria: 'meets_special_measures_criteria',
  chiefExecutivesInLast12Months: 'chief_executives_in_last12_months',
};

export const statusOn: DerivedRelation = {
  kind: 'derived', typeName: 'TrustStatus', single: true, args: { date: 'Date!' },
  description: "The trust's standing on a past or present date, from what had been published and recorded by then.",
  rows: (trust, { date }) => trustStatusSql(checkStandingDate(date as string), sql`status_trust.id = ${trust.column('id')}`),
  columns: STATUS_COLUMNS, relations: STATUS_RELATIONS,
};

/** The plan's actions as the database froze them when the update was inserted (plan_update.actions). */
export const frozenActions: DerivedRelation = {
  kind: 'derived', typeName: 'PlanActionSnapshot',
  description: "The plan's actions as they stood when this update was published (frozen).",
  rows: (update) => sql`select a.* from jsonb_to_recordset(${update.column('actions')})
    as a(action_id uuid, title text, key_question text, due_on date, status text, n int)`,
  columns: { title: 'title', keyQuestion: 'key_question', dueOn: 'due_on', status: 'status' },
  relations: { action: one(() => PlanAction, 'action_id') },
};
