import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { DateScalar } from '../../common/scalars';
import { Trust } from '../trust/trust.entity';
import { ImprovementDirector } from './improvement-director.entity';

@ObjectType('DirectorAppointment')
@Entity()
// An appointment ends after it starts, except one cancelled at the trust's exit before it began: it ends on its own start date.
@Check({ name: 'director_appointment_ends_after_start', expression: 'ends_on is null or ends_on >= starts_on' })
// At most one open appointment per trust and per director, under concurrency too.
@Index({
  name: 'director_appointment_one_open_per_trust',
  expression: 'create unique index "director_appointment_one_open_per_trust" on "director_appointment" ("trust_id") where "ends_on" is null',
})
@Index({
  name: 'director_appointment_one_open_per_director',
  expression: 'create unique index "director_appointment_one_open_per_director" on "director_appointment" ("director_id") where "ends_on" is null',
})
export class DirectorAppointment extends BaseEntity {
  @ManyToOne(() => ImprovementDirector, { index: true })
  director!: ImprovementDirector;

  @ManyToOne(() => Trust, { index: true })
  trust!: Trust;

  @Field(() => DateScalar) @Property({ type: 'date' }) startsOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}
