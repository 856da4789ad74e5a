import { Field, ID, InputType } from 'type-graphql';
import { ContractStatus, OversightBody } from '../../common/enums';
import { DateScalar, MoneyScalar } from '../../common/scalars';

@InputType('ContractFilter')
export class ContractFilter {
  @Field(() => ContractStatus, { nullable: true }) status?: ContractStatus | null;
  @Field(() => ID, { nullable: true }) supportedTrustId?: string | null;
  @Field(() => ID, { nullable: true }) partnerTrustId?: string | null;
  @Field(() => OversightBody, { nullable: true }) contractingBody?: OversightBody | null;
}

@InputType('CreateBuddyContractInput')
export class CreateBuddyContractInput {
  @Field(() => String) reference!: string;
  @Field(() => ID) supportedTrustId!: string;
  @Field(() => ID) partnerTrustId!: string;
  @Field(() => DateScalar) startsOn!: string;
  @Field(() => DateScalar) endsOn!: string;
  @Field(() => MoneyScalar) reimbursementCap!: string;
  @Field(() => MoneyScalar) incentiveFund!: string;
}
