import { Entity, OneToOne, OptionalProps } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { addMonths, monthOf, today } from '../../clock';
import { BaseEntity } from '../../common/base.entity';
import { DerivedFormula, type DerivedGroup } from '../../common/derived';
import { param, sql } from '../../db/sql/sql';
import { Trust } from '../trust/trust.entity';

/** The last full month before today's, YYYY-MM. */
export const lastFullMonth = () => monthOf(addMonths(`${monthOf(today())}-01`, -1));

/** Each plan's update for the last full month, if published (one per month, by a unique index). */
const updateForLastFullMonth: DerivedGroup = {
  name: 'update_last_full_month',
  rows: (match) => sql`select u.plan_id as key, true as published from plan_update u where ${match('u.plan_id')} and u.month = ${param(lastFullMonth())}`,
};

@ObjectType('ImprovementPlan')
@Entity()
export class ImprovementPlan extends BaseEntity {
  [OptionalProps]?: 'updateOverdue';

  @OneToOne(() => Trust, { owner: true, unique: true })
  trust!: Trust;

  @Field(() => Boolean, { description: 'No update published for the last full month.' })
  @DerivedFormula((plan) => sql`not coalesce(${plan.from(updateForLastFullMonth, 'published')}, false)`, 'boolean')
  updateOverdue!: boolean;
}
