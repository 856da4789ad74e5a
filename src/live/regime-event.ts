import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { DateTimeScalar } from '../common/scalars';
import { entitiesByName, type SubjectName } from '../modules/entities';
import { Trust } from '../modules/trust/trust.entity';

export enum RegimeEventKind {
  PLACED_IN_SPECIAL_MEASURES = 'PLACED_IN_SPECIAL_MEASURES',
  SPECIAL_MEASURES_EXTENDED = 'SPECIAL_MEASURES_EXTENDED',
  EXITED_SPECIAL_MEASURES = 'EXITED_SPECIAL_MEASURES',
  INSPECTION_PUBLISHED = 'INSPECTION_PUBLISHED',
  DIRECTOR_APPOINTED = 'DIRECTOR_APPOINTED',
  LEADERSHIP_CHANGED = 'LEADERSHIP_CHANGED',
  PLAN_UPDATE_PUBLISHED = 'PLAN_UPDATE_PUBLISHED',
  CONTRACT_OUTCOME_REPORTED = 'CONTRACT_OUTCOME_REPORTED',
  INCENTIVE_PAYMENT_DECIDED = 'INCENTIVE_PAYMENT_DECIDED',
  INFORMATION_REQUESTED = 'INFORMATION_REQUESTED',
  INFORMATION_ANSWERED = 'INFORMATION_ANSWERED',
}
registerEnumType(RegimeEventKind, { name: 'RegimeEventKind' });

/**
 * What travels between processes (PostgreSQL NOTIFY): which row changed, never what it holds, so
 * nothing restricted leaves the committing transaction. Who may see it is decided at delivery.
 */
export const changeEventSchema = z.object({
  kind: z.enum(RegimeEventKind),
  subjectType: z.enum(Object.keys(entitiesByName) as [SubjectName, ...SubjectName[]]),
  subjectId: z.guid(),
  trustId: z.guid().nullable(),
  /** When the change was committed: the clock's now() inside its transaction. */
  at: z.iso.datetime(),
});
export type ChangeEvent = z.infer<typeof changeEventSchema>;

@ObjectType('RegimeEvent', { description: 'One committed change. Query the subject by id for more; the caller sees it only where it may read that row.' })
export class RegimeEvent {
  @Field(() => RegimeEventKind)
  kind: RegimeEventKind;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => String, { description: "The changed row's GraphQL type name and id." })
  subjectType: string;

  @Field(() => ID)
  subjectId: string;

  @Field(() => Trust, { nullable: true, description: 'Null where the caller may not read the trust.' })
  trust?: Trust | null;

  /** The trust the row belongs to; the `trust` field shows it to those who may read it. */
  trustId: string | null;

  static of(event: ChangeEvent): RegimeEvent {
    return Object.assign(new RegimeEvent(), { ...event, at: new Date(event.at) });
  }
}
