import { Entity, Enum, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { Restricted } from '../../auth/restricted';
import { ClaimStatus } from '../../common/enums';
import { DateTimeScalar, MoneyScalar } from '../../common/scalars';
import { ContractPart } from './contract-part.entity';

@ObjectType('ReimbursementClaim', { description: "The partner trust's claim for its time in one month." })
@Entity()
@Unique({ properties: ['contract', 'period'] })
export class ReimbursementClaim extends ContractPart {
  [OptionalProps]?: 'status';

  @Field(() => String, { description: 'YYYY-MM.' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  daysGiven!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Restricted.' })
  @Restricted('money')
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field(() => ClaimStatus)
  @Enum({ items: () => ClaimStatus, default: ClaimStatus.SUBMITTED })
  status: ClaimStatus = ClaimStatus.SUBMITTED;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  submittedAt!: Date;
}
