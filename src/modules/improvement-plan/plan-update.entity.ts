import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { DateTimeScalar } from '../../common/scalars';
import { Trust } from '../trust/trust.entity';
import { ImprovementPlan } from './improvement-plan.entity';

@ObjectType('PlanUpdate')
@Entity()
@Unique({ properties: ['plan', 'month'] })
export class PlanUpdate extends BaseEntity {
  @ManyToOne(() => ImprovementPlan)
  plan!: ImprovementPlan;

  /** The plan's trust, copied so that access rules need no join. */
  @ManyToOne(() => Trust, { index: true })
  trust!: Trust;

  @Field(() => String, { description: 'YYYY-MM.' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Field(() => String) @Property({ type: 'string', length: 5_000 }) summary!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  publishedAt!: Date;

  /**
   * The plan's actions as they stood when the update was inserted: the database freezes them then
   * (trigger plan_update_freeze_actions), whoever inserts it. Read as the field `actions` (src/modules/time/).
   */
  @Property({ type: 'json', lazy: true, nullable: true })
  actions?: unknown;
}
