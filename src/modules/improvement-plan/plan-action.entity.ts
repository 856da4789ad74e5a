import { Entity, Enum, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { ActionStatus, KeyQuestion } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { Trust } from '../trust/trust.entity';
import { ImprovementPlan } from './improvement-plan.entity';

@ObjectType('PlanAction')
@Entity()
export class PlanAction extends BaseEntity {
  [OptionalProps]?: 'status' | 'version';

  @ManyToOne(() => ImprovementPlan, { index: true })
  plan!: ImprovementPlan;

  /** The plan's trust, copied so that access rules need no join. */
  @ManyToOne(() => Trust, { index: true })
  trust!: Trust;

  @Field(() => String) @Property({ type: 'string', length: 300 }) title!: string;
  @Field(() => KeyQuestion) @Enum({ items: () => KeyQuestion }) keyQuestion!: KeyQuestion;
  @Field(() => DateScalar) @Property({ type: 'date' }) dueOn!: string;

  @Field(() => ActionStatus)
  @Enum({ items: () => ActionStatus, default: ActionStatus.NOT_STARTED })
  status: ActionStatus = ActionStatus.NOT_STARTED;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
