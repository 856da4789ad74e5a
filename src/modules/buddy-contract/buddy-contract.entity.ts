import { Check, Entity, Enum, Formula, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Restricted } from '../../auth/restricted';
import { BaseEntity } from '../../common/base.entity';
import { ContractStatus, OversightBody, oversightBodySql } from '../../common/enums';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { Trust } from '../trust/trust.entity';

const sumOf = (table: string, status: string, contract: string) =>
  `(select coalesce(sum(x.amount), 0) from ${table} x where x.contract_id = ${contract}.id and x.status in (${status}))`;

@ObjectType('BuddyContract')
@Entity()
@Check({ name: 'buddy_contract_partner_is_not_supported', expression: 'partner_trust_id <> supported_trust_id' })
@Check({ name: 'buddy_contract_term_in_order', expression: 'ends_on > starts_on' })
export class BuddyContract extends BaseEntity {
  [OptionalProps]?: 'status' | 'incentiveApproved' | 'incentivePaid' | 'reimbursed' | 'contractingBody' | 'version';

  @Field(() => String)
  @Property({ type: 'string', length: 40, unique: true })
  reference!: string;

  @ManyToOne(() => Trust, { index: true })
  supportedTrust!: Trust;

  @ManyToOne(() => Trust, { index: true })
  partnerTrust!: Trust;

  @Field(() => DateScalar) @Property({ type: 'date' }) startsOn!: string;
  @Field(() => DateScalar) @Property({ type: 'date' }) endsOn!: string;

  @Field(() => ContractStatus)
  @Enum({ items: () => ContractStatus, default: ContractStatus.DRAFT })
  status: ContractStatus = ContractStatus.DRAFT;

  @Field(() => MoneyScalar, { nullable: true, description: 'Restricted money fields.' })
  @Restricted('money')
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  reimbursementCap!: string;

  @Field(() => MoneyScalar, { nullable: true })
  @Restricted('money')
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  incentiveFund!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'APPROVED plus PAID payments.' })
  @Restricted('money')
  @Formula((t) => sumOf('incentive_payment', `'APPROVED', 'PAID'`, t.alias), { type: 'decimal' })
  incentiveApproved!: string;

  @Field(() => MoneyScalar, { nullable: true })
  @Restricted('money')
  @Formula((t) => sumOf('incentive_payment', `'PAID'`, t.alias), { type: 'decimal' })
  incentivePaid!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'APPROVED reimbursement claims.' })
  @Restricted('money')
  @Formula((t) => sumOf('reimbursement_claim', `'APPROVED'`, t.alias), { type: 'decimal' })
  reimbursed!: string;

  @Field(() => OversightBody, { description: "Derived: the supported trust's oversight body." })
  @Formula((t) => `(select ${oversightBodySql('s.type')} from trust s where s.id = ${t.alias}.supported_trust_id)`, { type: 'string' })
  contractingBody!: OversightBody;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
