import { Field, Float, ID, InputType } from 'type-graphql';
import { MoneyScalar } from '../../common/scalars';

@InputType('ReportContractOutcomeInput')
export class ReportContractOutcomeInput {
  @Field(() => ID) contractId!: string;
  @Field(() => String) period!: string;
  @Field(() => String) measure!: string;
  @Field(() => String) target!: string;
  @Field(() => String) achieved!: string;
  @Field(() => String, { nullable: true }) narrative?: string | null;
}

@InputType('ClaimReimbursementInput')
export class ClaimReimbursementInput {
  @Field(() => ID) contractId!: string;
  @Field(() => String) period!: string;
  @Field(() => Float) daysGiven!: number;
  @Field(() => MoneyScalar) amount!: string;
}

@InputType('ProposeIncentivePaymentInput')
export class ProposeIncentivePaymentInput {
  @Field(() => ID) contractId!: string;
  @Field(() => ID) outcomeId!: string;
  @Field(() => MoneyScalar) amount!: string;
}
