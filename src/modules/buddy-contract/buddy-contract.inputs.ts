import { Field, ID, InputType } from 'type-graphql';
import { ContractStatus, OversightBody } from '../../common/enums';

@InputType('ContractFilter')
export class ContractFilter {
  @Field(() => ContractStatus, { nullable: true }) status?: ContractStatus | null;
  @Field(() => ID, { nullable: true }) supportedTrustId?: string | null;
  @Field(() => ID, { nullable: true }) partnerTrustId?: string | null;
  @Field(() => OversightBody, { nullable: true }) contractingBody?: OversightBody | null;
}
