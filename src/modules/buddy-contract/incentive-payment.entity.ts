import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Restricted } from '../../auth/restricted';
import { PaymentStatus } from '../../common/enums';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../common/scalars';
import { ContractOutcome } from './contract-outcome.entity';
import { ContractPart } from './contract-part.entity';

@ObjectType('IncentivePayment')
@Entity()
// One payment per outcome, WITHHELD ones aside.
@Index({
  name: 'incentive_payment_one_per_outcome',
  expression: `create unique index "incentive_payment_one_per_outcome" on "incentive_payment" ("outcome_id") where "status" <> 'WITHHELD'`,
})
export class IncentivePayment extends ContractPart {
  [OptionalProps]?: 'status' | 'approvedAt' | 'paidOn';

  @ManyToOne(() => ContractOutcome)
  outcome!: ContractOutcome;

  @Field(() => MoneyScalar, { nullable: true, description: 'Restricted.' })
  @Restricted('money')
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field(() => PaymentStatus)
  @Enum({ items: () => PaymentStatus, default: PaymentStatus.PROPOSED })
  status: PaymentStatus = PaymentStatus.PROPOSED;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  paidOn: string | null = null;
}
