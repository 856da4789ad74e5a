import { Field, Int, ObjectType } from 'type-graphql';
import { Trust } from '../trust/trust.entity';

@ObjectType('ReportingBurden', { description: "A trust's reporting burden over a period: what bodies asked, and what it actually had to answer." })
export class ReportingBurden {
  @Field(() => Trust) trust!: Trust;
  @Field(() => Int, { description: 'Asks made (one per body per request).' }) asked!: number;
  @Field(() => Int, { description: 'Distinct requests those asks came to: what the trust answers.' }) distinct!: number;
  @Field(() => Int, { description: 'asked minus distinct.' }) duplicatesAvoided!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int) overdue!: number;
}
