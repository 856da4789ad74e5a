import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Restricted } from '../../auth/restricted';
import { BaseEntity } from '../../common/base.entity';
import { OversightBody, ReviewOutcome, ReviewScope } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { Trust } from '../trust/trust.entity';

@ObjectType('LeadershipReview')
@Entity()
export class LeadershipReview extends BaseEntity {
  @ManyToOne(() => Trust, { index: true })
  trust!: Trust;

  @Field(() => DateScalar) @Property({ type: 'date' }) reviewedOn!: string;
  @Field(() => OversightBody) @Enum({ items: () => OversightBody }) reviewer!: OversightBody;
  @Field(() => ReviewScope) @Enum({ items: () => ReviewScope }) scope!: ReviewScope;
  @Field(() => ReviewOutcome) @Enum({ items: () => ReviewOutcome }) outcome!: ReviewOutcome;

  @Field(() => String, { nullable: true, description: 'Confidential. Restricted.' })
  @Restricted('findings')
  @Property({ type: 'string', length: 20_000 })
  findings!: string;
}
