import { Entity, Formula, OneToOne, OptionalProps } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { addMonths, monthOf, today } from '../../clock';
import { BaseEntity } from '../../common/base.entity';
import { Trust } from '../trust/trust.entity';

/** The last full month before today's, YYYY-MM. */
export const lastFullMonth = () => monthOf(addMonths(`${monthOf(today())}-01`, -1));

@ObjectType('ImprovementPlan')
@Entity()
export class ImprovementPlan extends BaseEntity {
  [OptionalProps]?: 'updateOverdue';

  @OneToOne(() => Trust, { owner: true, unique: true })
  trust!: Trust;

  @Field(() => Boolean, { description: 'No update published for the last full month.' })
  @Formula((t) => `not exists (select 1 from plan_update u where u.plan_id = ${t.alias}.id and u.month = '${lastFullMonth()}')`, { type: 'boolean' })
  updateOverdue!: boolean;
}
