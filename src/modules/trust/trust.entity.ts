import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Restricted } from '../../auth/restricted';
import { BaseEntity } from '../../common/base.entity';
import { Derived, DerivedFormula } from '../../common/derived';
import { OversightBody, Rating, Sector, TrustType, oversightBodyOf } from '../../common/enums';
import { MoneyScalar } from '../../common/scalars';
import { LocalSystem } from '../local-system/local-system.entity';
import { trustFacts } from './trust.facts';

@ObjectType('Trust')
@Entity()
export class Trust extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 10, unique: true })
  odsCode!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200, index: true })
  name!: string;

  @Field(() => TrustType)
  @Enum({ items: () => TrustType, index: true })
  type!: TrustType;

  @Field(() => Sector)
  @Enum({ items: () => Sector })
  sector!: Sector;

  @ManyToOne(() => LocalSystem, { index: true })
  localSystem!: LocalSystem;

  @Field(() => MoneyScalar, { nullable: true, description: 'Forecast surplus (positive) or deficit (negative) for the financial year. Restricted.' })
  @Restricted('money')
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  financialForecast: string | null = null;

  @Field(() => Boolean, { description: 'Foundation trust freedoms suspended while in special measures.' })
  @Property({ type: 'boolean', default: false })
  autonomySuspended: boolean = false;

  @Property({ type: 'date', nullable: true })
  foundationAuthorisedOn: string | null = null;

  // Derived facts (trust.facts.ts): computed in SQL over all rows, whoever asks.
  @Field(() => Rating, { nullable: true, description: 'Overall rating of the latest published inspection.' })
  @DerivedFormula(trustFacts.currentRating, 'string')
  currentRating: Rating | null;

  @Field(() => Boolean)
  @DerivedFormula(trustFacts.inSpecialMeasures, 'boolean')
  inSpecialMeasures!: boolean;

  @Field(() => Boolean, { description: 'Inadequate in at least two key questions, one of them well-led, at the latest inspection.' })
  @DerivedFormula(trustFacts.meetsSpecialMeasuresCriteria, 'boolean')
  meetsSpecialMeasuresCriteria!: boolean;

  @Field(() => Int, { description: 'Chief executives in post at any time during the last 12 months (leadership stability).' })
  @DerivedFormula(trustFacts.chiefExecutivesInLast12Months, 'integer')
  chiefExecutivesInLast12Months!: number;

  @Field(() => OversightBody, { description: 'MONITOR for a foundation trust, TDA for an NHS trust.' })
  @Derived(trustFacts.oversightBody)
  get oversightBody(): OversightBody {
    return oversightBodyOf(this.type);
  }

  @Field(() => Boolean, { description: 'Latest rating GOOD or OUTSTANDING, not in special measures, and an NHS trust.' })
  @Derived(trustFacts.eligibleForFoundationStatus)
  get eligibleForFoundationStatus(): boolean {
    const goodOrBetter = this.currentRating === Rating.GOOD || this.currentRating === Rating.OUTSTANDING;
    return this.type === TrustType.NHS_TRUST && goodOrBetter && !this.inSpecialMeasures;
  }
}
