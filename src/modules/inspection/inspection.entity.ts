import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { InspectionRecommendation, Rating } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { Trust } from '../trust/trust.entity';

@ObjectType('Inspection')
@Entity()
@Index({ properties: ['trust', 'inspectedOn'] })
export class Inspection extends BaseEntity {
  @ManyToOne(() => Trust)
  trust!: Trust;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  inspectedOn!: string;

  /** Published when publishedOn <= today; null or a later date is unpublished. */
  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true, index: true })
  publishedOn: string | null = null;

  @Field(() => Rating) @Enum({ items: () => Rating }) overall!: Rating;
  @Field(() => Rating) @Enum({ items: () => Rating }) safe!: Rating;
  @Field(() => Rating) @Enum({ items: () => Rating }) effective!: Rating;
  @Field(() => Rating) @Enum({ items: () => Rating }) caring!: Rating;
  @Field(() => Rating) @Enum({ items: () => Rating }) responsive!: Rating;
  @Field(() => Rating) @Enum({ items: () => Rating }) wellLed!: Rating;

  @Field(() => InspectionRecommendation)
  @Enum({ items: () => InspectionRecommendation })
  recommendation!: InspectionRecommendation;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 5_000, nullable: true })
  summary: string | null = null;
}
