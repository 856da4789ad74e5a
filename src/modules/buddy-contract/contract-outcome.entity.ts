import { Entity, Enum, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { OutcomeVerification } from '../../common/enums';
import { DateTimeScalar } from '../../common/scalars';
import { ContractPart } from './contract-part.entity';

@ObjectType('ContractOutcome')
@Entity()
@Unique({ properties: ['contract', 'measure', 'period'] })
export class ContractOutcome extends ContractPart {
  [OptionalProps]?: 'narrative' | 'verification';

  @Field(() => String, { description: 'Reporting month, YYYY-MM.' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => String) @Property({ type: 'string', length: 200 }) measure!: string;
  @Field(() => String) @Property({ type: 'string', length: 200 }) target!: string;
  @Field(() => String) @Property({ type: 'string', length: 200 }) achieved!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 5_000, nullable: true })
  narrative: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  reportedAt!: Date;

  @Field(() => OutcomeVerification)
  @Enum({ items: () => OutcomeVerification, default: OutcomeVerification.PENDING })
  verification: OutcomeVerification = OutcomeVerification.PENDING;
}
