import { Check, Entity, Enum, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Restricted } from '../../auth/restricted';
import { BaseEntity } from '../../common/base.entity';
import { DerivedFormula, type DerivedGroup } from '../../common/derived';
import { ContractStatus, OversightBody, oversightBodySql } from '../../common/enums';
import { Sql, sql } from '../../db/sql/sql';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { Trust } from '../trust/trust.entity';

/** Each contract's payments, summed: APPROVED plus PAID, and PAID alone. */
const payments: DerivedGroup = {
  name: 'contract_payments',
  rows: (match) => sql`select x.contract_id as key, sum(x.amount) filter (where x.status in ('APPROVED', 'PAID')) as approved,
      sum(x.amount) filter (where x.status = 'PAID') as paid
    from incentive_payment x where ${match('x.contract_id')} group by x.contract_id`,
};

/** Each contract's APPROVED reimbursement claims, summed. */
const claims: DerivedGroup = {
  name: 'contract_claims',
  rows: (match) => sql`select x.contract_id as key, sum(x.amount) as approved from reimbursement_claim x
    where ${match('x.contract_id')} and x.status = 'APPROVED' group by x.contract_id`,
};

/** The oversight body of each contract's supported trust. */
const supportedTrust: DerivedGroup = {
  name: 'supported_trust',
  on: 'supported_trust_id',
  rows: (match) => sql`select s.id as key, ${Sql.raw(oversightBodySql('s.type'))} as body from trust s where ${match('s.id')}`,
};

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
  @DerivedFormula((c) => sql`coalesce(${c.from(payments, 'approved')}, 0)`, 'decimal')
  incentiveApproved!: string;

  @Field(() => MoneyScalar, { nullable: true })
  @Restricted('money')
  @DerivedFormula((c) => sql`coalesce(${c.from(payments, 'paid')}, 0)`, 'decimal')
  incentivePaid!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'APPROVED reimbursement claims.' })
  @Restricted('money')
  @DerivedFormula((c) => sql`coalesce(${c.from(claims, 'approved')}, 0)`, 'decimal')
  reimbursed!: string;

  @Field(() => OversightBody, { description: "Derived: the supported trust's oversight body." })
  @DerivedFormula((c) => c.from(supportedTrust, 'body'), 'string')
  contractingBody!: OversightBody;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
