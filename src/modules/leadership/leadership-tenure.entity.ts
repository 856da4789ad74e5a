import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { LeadershipRole } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { Trust } from '../trust/trust.entity';

@ObjectType('LeadershipTenure')
@Entity()
@Index({ properties: ['trust', 'role', 'startedOn'] })
@Check({ name: 'leadership_tenure_ends_after_start', expression: 'ended_on is null or ended_on >= started_on' })
export class LeadershipTenure extends BaseEntity {
  @ManyToOne(() => Trust)
  trust!: Trust;

  @Field(() => LeadershipRole) @Enum({ items: () => LeadershipRole }) role!: LeadershipRole;
  @Field(() => String) @Property({ type: 'string', length: 200 }) name!: string;
  @Field(() => DateScalar) @Property({ type: 'date' }) startedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  interim: boolean = false;
}
